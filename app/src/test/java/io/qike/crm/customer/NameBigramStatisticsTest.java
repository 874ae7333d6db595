package io.qike.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A search never waits for the bigram statistics: at a million customers loading them once took a minute. */
class NameBigramStatisticsTest {

    /** Statistics whose loading hangs until released, as the statistics function did at a million customers. */
    static final class SlowRepository extends NameBigramRepository {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch loading = new CountDownLatch(1);
        volatile Map<String, Float> answer = Map.of("科技", 0.3f, "华盛", 0.001f);

        SlowRepository() {
            super(null);
        }

        @Override
        Frequencies frequencies() {
            loading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Frequencies(answer, 0.0001f);
        }
    }

    @Test
    void aSearchWhileTheStatisticsLoadAnswersAtOnceWithTheFallbackThenUsesThem() throws Exception {
        SlowRepository repository = new SlowRepository();
        NameBigramStatistics statistics = new NameBigramStatistics(repository);
        CompletableFuture<Void> refreshing = CompletableFuture.runAsync(statistics::refresh);
        repository.loading.await();

        CompletableFuture<String> search = CompletableFuture.supplyAsync(() -> statistics.rarest(Set.of("华盛", "盛科", "科技")));
        await().atMost(Duration.ofSeconds(10)).until(search::isDone);
        assertThat(search.get()).as("no statistics yet: the plan that needs none").isNull();
        assertThat(refreshing).isNotDone();

        repository.release.countDown();
        refreshing.get();
        assertThat(statistics.rarest(Set.of("华盛", "科技"))).isEqualTo("华盛");
    }
}
