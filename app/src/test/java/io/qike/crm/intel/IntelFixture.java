package io.qike.crm.intel;

import io.qike.crm.intel.setup.IntelSetup;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.CallCounters;
import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.CredentialStore;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.control.Provider;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A tenant with intel initialised against the in-process 企查查 sandbox, under a 企查查 key of its own, so the
 * sandbox's faults and call counters of one test touch no other test.
 */
@Component
public class IntelFixture {
    public static final String SECRET = "intel-test-secret";
    public static final String CUSTOMERS = "api/yj/Customer/GetList";
    public static final String PARTNERSHIPS = "api/corp/correlation/findPartnershipRelation";

    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired IntelSetup setup;
    @Autowired CredentialStore credentials;
    @Autowired CallCounters counters;
    @Autowired FaultRegistry faults;
    @Autowired io.qike.crm.platform.org.RoleService roles;

    /** A tenant and its own 企查查 key. */
    public record Ready(TestTenant tenant, String key) {
    }

    /** An enterprise whose administrator lets the 销售 role mine too (a new enterprise's sales role has no 关系挖掘). */
    public Ready tenant(int port) {
        return tenant(port, true);
    }

    public Ready tenant(int port, boolean repsMayMine) {
        TestTenant t = fixtures.tenant();
        if (repsMayMine) {
            fixtures.asRun(t.adminId(), () -> {
                io.qike.crm.platform.org.Role sales = roles.get(t.salesRoleId());
                java.util.Set<String> granted = new java.util.TreeSet<>(sales.permissions());
                granted.add(io.qike.crm.platform.Permission.INTEL_MINE.code());
                roles.update(sales.id(), sales.name(), sales.dataScope(), granted);
            });
        }
        String key = "intel-" + UUID.randomUUID().toString().substring(0, 12);
        credentials.put(Credential.of(Provider.QICHACHA, key, SECRET));
        fixtures.as(t.adminId(), () -> setup.initialise(new IntelSetup.Form("http://localhost:" + port + "/sandbox/qichacha", key, SECRET,
                new BigDecimal("0.50"))));
        return new Ready(t, key);
    }

    public long calls(Ready r, String endpoint) {
        return counters.calls(Provider.QICHACHA, r.key(), endpoint);
    }

    /** Calls of the endpoint answered with this status code. */
    public long outcomes(Ready r, String endpoint, String code) {
        return counters.snapshot(Provider.QICHACHA, r.key(), endpoint).stream()
                .mapToLong(c -> c.outcomes().getOrDefault(code, 0L)).sum();
    }

    /** The next {@code times} calls of the endpoint answer {@code code}. */
    public void answer(Ready r, String endpoint, String code, int times) {
        faults.add(Fault.bodyCode(Provider.QICHACHA, r.key(), endpoint, code).times(times));
    }

    public void clearFaults(Ready r) {
        faults.list().stream().filter(f -> f.key().equals(r.key())).forEach(f -> faults.remove(f.id()));
    }
}
