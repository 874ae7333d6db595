package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.registry.lookup.ProviderHealth;
import io.qike.crm.registry.settings.SettingsDraft;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every hard code of the primary provider (key, arrears, permission, quota, IP, ...) makes the fallback
 * answer, saying why; every soft code is shown as what it is, and the fallback is not paid to repeat it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FallbackTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired RegistryLookup lookup;
    @Autowired CompanyDataSet companies;
    @Autowired FaultRegistry faults;
    @Autowired ProviderHealth health;

    /** One tenant per primary provider, reused across its codes: primary p, fallback the next provider. */
    record Setup(TestTenant tenant, RegistrySandbox.Keys primary, RegistrySandbox.Keys fallback) {
    }

    private final Map<RegistryProvider, Setup> setups = new HashMap<>();
    private final AtomicInteger company = new AtomicInteger(500);

    Setup setup(RegistryProvider p) {
        return setups.computeIfAbsent(p, x -> {
            RegistryProvider q = RegistryProvider.values()[(p.ordinal() + 1) % 3];
            TestTenant t = fixtures.tenant();
            RegistrySandbox.Keys kp = sandbox.initialize(t.adminId(), port, p);
            RegistrySandbox.Keys kq = sandbox.initialize(t.adminId(), port, q);
            fixtures.as(t.adminId(), () -> sandbox.settings.update(new SettingsDraft(true, p.code(), q.code(), null, null, null, null)));
            return new Setup(t, kp, kq);
        });
    }

    static Stream<Arguments> codes(CodeKind kind) {
        return Stream.of(RegistryProvider.values()).flatMap(p -> ProviderCodes.all(p).stream()
                .filter(c -> c.kind() == kind).map(c -> Arguments.of(p, c.code())));
    }

    static Stream<Arguments> hardCodes() {
        return codes(CodeKind.HARD);
    }

    static Stream<Arguments> softCodes() {
        return Stream.concat(codes(CodeKind.SOFT), codes(CodeKind.EMPTY));
    }

    RegistryCompany withFault(Setup s, String code) {
        Fault f;
        try {
            f = faults.add(Fault.bodyCode(RegistrySandbox.sandbox(s.primary().provider()), s.primary().key(), Fault.ANY, code).times(1));
        } catch (IllegalArgumentException e) {
            Assumptions.abort("the sandbox cannot force " + code + ": " + e.getMessage());
            return null;
        }
        try {
            health.clear(s.tenant().tenantId());
            String name = companies.get(company.incrementAndGet()).name();
            return fixtures.as(s.tenant().rep1Id(), () -> lookup.detail(name));
        } finally {
            faults.remove(f.id());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hardCodes")
    void aHardCodeOfThePrimaryMakesTheFallbackAnswerAndSaysWhy(RegistryProvider p, String code) {
        Setup s = setup(p);
        long before = sandbox.calls(s.fallback());
        RegistryCompany r = withFault(s, code);
        assertThat(r.outcome().status()).isEqualTo(LookupStatus.FOUND);
        assertThat(r.outcome().provider()).isEqualTo(s.fallback().provider());
        assertThat(r.outcome().fallback().key()).isEqualTo("registry.lookup.fallback");
        assertThat(r.outcome().fallback().args().get(1)).isEqualTo(RegistryMessage.of(ProviderCodes.messageKey(p, code)));
        assertThat(sandbox.calls(s.fallback())).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("softCodes")
    void aSoftCodeIsShownAsItIsAndTheFallbackIsNotAsked(RegistryProvider p, String code) {
        Setup s = setup(p);
        long before = sandbox.calls(s.fallback());
        RegistryCompany r = withFault(s, code);
        CodeKind kind = ProviderCodes.find(p, code).kind();
        assertThat(r.outcome().status()).isEqualTo(kind == CodeKind.EMPTY ? LookupStatus.NOT_FOUND : LookupStatus.INVALID_QUERY);
        assertThat(r.outcome().message()).isEqualTo(RegistryMessage.of(ProviderCodes.messageKey(p, code)));
        assertThat(r.outcome().fallback()).isNull();
        assertThat(sandbox.calls(s.fallback())).isEqualTo(before);
    }

    @Test
    void afterAHardFailureThePrimaryIsSkippedForAWhileAndWhenBothFailTheLookupSaysSo() {
        Setup s = setup(RegistryProvider.QICHACHA);
        health.clear(s.tenant().tenantId());
        Fault f1 = faults.add(Fault.bodyCode(RegistrySandbox.sandbox(s.primary().provider()), s.primary().key(), Fault.ANY, "102"));
        Fault f2 = null;
        try {
            f2 = faults.add(Fault.bodyCode(RegistrySandbox.sandbox(s.fallback().provider()), s.fallback().key(), Fault.ANY, "102"));
            RegistryCompany r = fixtures.as(s.tenant().rep1Id(), () -> lookup.detail(companies.get(900).name()));
            assertThat(r.outcome().status()).isEqualTo(LookupStatus.UNAVAILABLE);
            assertThat(r.outcome().message().key()).isEqualTo("registry.lookup.unavailable");
            long primaryCalls = sandbox.calls(s.primary());
            faults.remove(f2.id());
            RegistryCompany next = fixtures.as(s.tenant().rep1Id(), () -> lookup.detail(companies.get(901).name()));
            assertThat(next.outcome().provider()).isEqualTo(s.fallback().provider());
            assertThat(sandbox.calls(s.primary())).as("the refusing primary is not asked again at once").isEqualTo(primaryCalls);
        } finally {
            faults.remove(f1.id());
            if (f2 != null) faults.remove(f2.id());
            health.clear(s.tenant().tenantId());
        }
    }
}
