package io.qike.crm.registry.lookup;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.qike.crm.registry.LookupStatus;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryProvider;
import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The shared lookup cache against this machine's Redis, as two app nodes would use it. */
class RedisLookupCacheTest {
    private static final List<LettuceConnectionFactory> factories = new ArrayList<>();
    private static StringRedisTemplate redis;
    // tenants of their own, so runs sharing this Redis never see each other's keys
    private final long tenant = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), other = tenant + 1;
    private final Instant later = Instant.now().plus(Duration.ofMinutes(10));

    @BeforeAll
    static void redis() throws Exception {
        if (!answers(6379) && ("true".equals(System.getenv("CI")) || new File("/usr/bin/redis-server").canExecute())) {
            new ProcessBuilder("redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", "6379", "--save", "",
                    "--appendonly", "no", "--dir", "/var/lib/redis", "--logfile", "/var/log/redis/ci.log").inheritIO().start()
                    .waitFor(10, TimeUnit.SECONDS);
            try {
                Awaitility.await().atMost(Duration.ofSeconds(3)).until(() -> answers(6379));
            } catch (ConditionTimeoutException e) {
                // it did not come up: the assumption below skips with the reason
            }
        }
        Assumptions.assumeTrue(answers(6379), "Redis is not running on 127.0.0.1:6379 (redis-server)");
        redis = template(6379);
    }

    @AfterAll
    static void close() {
        factories.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void everyKindOfAnswerComesBackEqual() {
        RedisLookupCache cache = new RedisLookupCache(redis);
        List<CachedAnswer> answers = List.of(company(), search(), notFound(), notFoundWithCode());
        for (int i = 0; i < answers.size(); i++) cache.put(tenant, "d:n:" + i, answers.get(i), later);
        for (int i = 0; i < answers.size(); i++) {
            LookupCache.Entry e = cache.get(tenant, "d:n:" + i).orElseThrow();
            assertThat(e.value()).isEqualTo(answers.get(i));
            assertThat(e.expiresAt()).isEqualTo(later);
        }
        // the types too, not only equal-looking numbers: BigDecimal 1000 must not come back as Integer 1000
        CachedAnswer back = (CachedAnswer) cache.get(tenant, "d:n:0").orElseThrow().value();
        assertThat(back.outputs().get("registeredCapital")).isInstanceOf(BigDecimal.class);
        assertThat(new ArrayList<>(back.outputs().keySet())).isEqualTo(new ArrayList<>(company().outputs().keySet()));
        assertThat(cache.get(tenant, "d:n:missing")).isEmpty();
    }

    @Test
    void anEntryExpiresAtItsOwnTime() throws Exception {
        RedisLookupCache cache = new RedisLookupCache(redis);
        Instant soon = Instant.now().plusMillis(600);
        cache.put(tenant, "s:某某科技", notFound(), soon);
        assertThat(cache.get(tenant, "s:某某科技")).isPresent();
        long ttl = redis.getExpire(RedisLookupCache.key(tenant, "s:某某科技"), TimeUnit.MILLISECONDS);
        assertThat(ttl).isBetween(1L, 600L);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon).toMillis()) + 100);
        assertThat(cache.get(tenant, "s:某某科技")).isEmpty();
        assertThat(redis.hasKey(RedisLookupCache.key(tenant, "s:某某科技"))).isFalse();
        cache.put(tenant, "s:already", notFound(), Instant.now().minusSeconds(1));
        assertThat(cache.get(tenant, "s:already")).isEmpty();
    }

    @Test
    void tenantsAreApartAndClearForgetsOnlyOne() {
        RedisLookupCache cache = new RedisLookupCache(redis);
        for (int i = 0; i < 1200; i++) cache.put(tenant, "s:k" + i, notFound(), later); // more than one SCAN page and delete batch
        cache.put(other, "s:k1", search(), later);
        assertThat(cache.get(other, "s:k1").orElseThrow().value()).isEqualTo(search());
        assertThat(cache.get(tenant, "s:k1").orElseThrow().value()).isEqualTo(notFound());
        assertThat(cache.get(other, "s:k2")).isEmpty();

        cache.clear(tenant);
        assertThat(cache.get(tenant, "s:k1")).isEmpty();
        assertThat(cache.get(tenant, "s:k1199")).isEmpty();
        assertThat(cache.get(other, "s:k1")).isPresent();
        cache.clear(other);
    }

    @Test
    void twoNodesShareTheirAnswers() {
        RedisLookupCache one = new RedisLookupCache(redis), two = new RedisLookupCache(template(6379));
        one.put(tenant, "d:c:91330106MA27XL0E2K", company(), later);
        assertThat(two.get(tenant, "d:c:91330106MA27XL0E2K").orElseThrow().value()).isEqualTo(company());
        two.clear(tenant);
        assertThat(one.get(tenant, "d:c:91330106MA27XL0E2K")).isEmpty();
    }

    @Test
    void anUnreachableRedisIsAMissNotAFailure() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        RedisLookupCache cache = new RedisLookupCache(template(closed));
        assertThatCode(() -> cache.put(tenant, "s:k", notFound(), later)).doesNotThrowAnyException();
        assertThat(cache.get(tenant, "s:k")).isEmpty();
        assertThatCode(() -> cache.clear(tenant)).doesNotThrowAnyException();
    }

    @Test
    void theSettingChoosesTheCache() {
        var app = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
                .withUserConfiguration(CaffeineLookupCache.class, RedisLookupCache.class);
        app.run(c -> assertThat(c.getBean(LookupCache.class)).isInstanceOf(CaffeineLookupCache.class));
        app.withPropertyValues("qike.registry.cache=redis")
                .run(c -> assertThat(c.getBean(LookupCache.class)).isInstanceOf(RedisLookupCache.class));
    }

    /** A 详情 answer as a provider's flow gives it: typed fields plus the provider's raw JSON as Jackson read it. */
    private static CachedAnswer company() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("Status", 200);
        raw.put("OrderNumber", 20260114093000123L);
        raw.put("Huge", new BigInteger("123456789012345678901234567890"));
        raw.put("Ratio", new BigDecimal("0.35"));
        raw.put("Partners", List.of(Map.of("StockName", "张三", "StockPercent", "60%"), Map.of("StockName", "李四")));
        raw.put("Tags", Arrays.asList("高新技术企业", null));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", "杭州青禾数据科技有限公司");
        out.put("creditCode", "91330106MA27XL0E2K");
        out.put("legalPerson", "张三");
        out.put("registeredCapital", new BigDecimal("1000"));
        out.put("paidCapital", new BigDecimal("12.50"));
        out.put("employees", new BigDecimal("1E+2"));
        out.put("establishedOn", "2016-03-08");
        out.put("listed", Boolean.FALSE);
        out.put("website", null);
        out.put("raw", raw);
        return new CachedAnswer(LookupStatus.FOUND, RegistryProvider.QICHACHA, Instant.parse("2026-01-14T01:30:00.123456Z"), out, null);
    }

    private static CachedAnswer search() {
        List<Map<String, Object>> items = List.of(
                Map.of("name", "杭州青禾数据科技有限公司", "creditCode", "91330106MA27XL0E2K", "status", "存续"),
                Map.of("name", "青禾数据（上海）有限公司", "status", "在业"));
        return new CachedAnswer(LookupStatus.FOUND, RegistryProvider.TIANYANCHA, Instant.parse("2026-01-14T01:30:00.123Z"),
                Map.of("candidates", items, "total", new BigDecimal("2")), null);
    }

    private static CachedAnswer notFound() {
        return new CachedAnswer(LookupStatus.NOT_FOUND, RegistryProvider.QIXIN, Instant.parse("2026-01-14T01:30:00Z"), Map.of(),
                RegistryMessage.of("registry.lookup.not_found"));
    }

    private static CachedAnswer notFoundWithCode() {
        return new CachedAnswer(LookupStatus.NOT_FOUND, RegistryProvider.QICHACHA, Instant.parse("2026-01-14T01:30:00Z"), Map.of(),
                RegistryMessage.of("registry.outcome.unknown_code", RegistryMessage.provider(RegistryProvider.QICHACHA), "201", 3));
    }

    private static StringRedisTemplate template(int port) {
        var f = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        f.afterPropertiesSet();
        f.start();
        factories.add(f);
        return new StringRedisTemplate(f);
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            s.getOutputStream().write("PING\r\n".getBytes());
            return new String(s.getInputStream().readNBytes(7)).startsWith("+PONG");
        } catch (Exception e) {
            return false;
        }
    }
}
