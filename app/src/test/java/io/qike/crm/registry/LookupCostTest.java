package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every provider call costs money: repeats, code-after-name, concurrent twins and dead prefixes cost none. */
@IntegrationTest
class LookupCostTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired RegistryLookup lookup;
    @Autowired CompanyDataSet companies;
    @Autowired FaultRegistry faults;

    @ParameterizedTest
    @EnumSource(RegistryProvider.class)
    void aRepeatIsAnsweredFromTheCacheAndACompanyFetchedByNameIsFoundByItsCreditCode(RegistryProvider p) {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys k = sandbox.only(t.adminId(), port, p);
        Company c = companies.get(200 + p.ordinal());
        RegistrySearch first = fixtures.as(t.rep1Id(), () -> lookup.search(c.name()));
        assertThat(first.outcome().status()).isEqualTo(LookupStatus.FOUND);
        assertThat(first.outcome().cached()).isFalse();
        assertThat(sandbox.calls(k)).isEqualTo(1);
        RegistrySearch again = fixtures.as(t.rep2Id(), () -> lookup.search("  " + c.name() + " "));
        assertThat(again.outcome().cached()).isTrue();
        assertThat(again.candidates()).isEqualTo(first.candidates());
        assertThat(sandbox.calls(k)).isEqualTo(1);

        RegistryCompany byName = fixtures.as(t.rep1Id(), () -> lookup.detail(c.name()));
        assertThat(byName.found()).isTrue();
        assertThat(sandbox.calls(k)).isEqualTo(2);
        RegistryCompany byCode = fixtures.as(t.rep1Id(), () -> lookup.detail(c.creditCode().toLowerCase()));
        assertThat(byCode.outcome().cached()).isTrue();
        assertThat(byCode.card()).isEqualTo(byName.card());
        assertThat(sandbox.calls(k)).isEqualTo(2);

        TestTenant other = fixtures.tenant(); // another tenant's cache is its own
        RegistrySandbox.Keys k2 = sandbox.only(other.adminId(), port, p);
        assertThat(fixtures.as(other.rep1Id(), () -> lookup.detail(c.creditCode())).outcome().cached()).isFalse();
        assertThat(sandbox.calls(k2)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(RegistryProvider.class)
    void fiftyConcurrentIdenticalLookupsMakeOneProviderCall(RegistryProvider p) throws Exception {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys k = sandbox.only(t.adminId(), port, p);
        Fault slow = faults.add(Fault.latency(RegistrySandbox.sandbox(p), k.key(), Fault.ANY, 300));
        Company c = companies.get(300 + p.ordinal());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<RegistryCompany>> all = new ArrayList<>();
            // Users are loaded once: loading 50 at once would wait on the small owner pool, not on the lookup.
            QikeUser[] users = {fixtures.user(t.rep1Id()), fixtures.user(t.rep2Id())};
            for (int i = 0; i < 50; i++) {
                QikeUser user = users[i % 2];
                all.add(CompletableFuture.supplyAsync(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                    try {
                        start.await();
                        return lookup.detail(c.name());
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }, pool));
            }
            start.countDown();
            for (CompletableFuture<RegistryCompany> f : all) assertThat(f.get().card()).containsEntry("creditCode", c.creditCode());
        } finally {
            pool.shutdown();
            faults.remove(slow.id());
        }
        assertThat(sandbox.calls(k)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(RegistryProvider.class)
    void aKeywordExtendingOneThatFoundNothingIsNotSentButACodeAfterADigitPrefixIs(RegistryProvider p) {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys k = sandbox.only(t.adminId(), port, p);
        String none = "查无此司" + UUID.randomUUID().toString().substring(0, 4);
        assertThat(fixtures.as(t.rep1Id(), () -> lookup.search(none)).outcome().status()).isEqualTo(LookupStatus.NOT_FOUND);
        assertThat(sandbox.calls(k)).isEqualTo(1);
        RegistrySearch longer = fixtures.as(t.rep1Id(), () -> lookup.search(none + "科技有限公司"));
        assertThat(longer.outcome().status()).isEqualTo(LookupStatus.NOT_FOUND);
        assertThat(longer.outcome().cached()).isTrue();
        assertThat(sandbox.calls(k)).isEqualTo(1);

        Company c = companies.get(400 + p.ordinal());
        fixtures.as(t.rep1Id(), () -> lookup.search(c.creditCode().substring(0, 8)));
        long before = sandbox.calls(k);
        RegistrySearch code = fixtures.as(t.rep1Id(), () -> lookup.search(c.creditCode()));
        assertThat(code.outcome().status()).isEqualTo(LookupStatus.FOUND);
        assertThat(code.candidates().get(0).creditCode()).isEqualTo(c.creditCode());
        assertThat(sandbox.calls(k)).isEqualTo(before + 1);
    }
}
