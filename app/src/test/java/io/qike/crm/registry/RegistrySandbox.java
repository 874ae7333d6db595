package io.qike.crm.registry;

import io.qike.crm.registry.settings.InitializeRequest;
import io.qike.crm.registry.settings.RegistrySettingsService;
import io.qike.crm.registry.settings.SettingsDraft;
import io.qike.crm.registry.settings.SettingsView;
import io.qike.crm.support.TestFixtures;
import io.qike.sandbox.control.CallCounters;
import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.CredentialStore;
import io.qike.sandbox.control.Provider;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Test helper: a tenant's registry providers initialised against the in-process sandbox, each test
 * with keys of its own so that call counters and faults never mix with other tests.
 */
@Component
public class RegistrySandbox {
    /** One provider's credentials as the sandbox knows them. */
    public record Keys(RegistryProvider provider, String key, String secret) {
    }

    @Autowired RegistrySettingsService settings;
    @Autowired CredentialStore credentials;
    @Autowired CallCounters counters;
    @Autowired TestFixtures.Fixtures fixtures;

    public static Provider sandbox(RegistryProvider p) {
        return Provider.of(p.code());
    }

    public static String base(int port, RegistryProvider p) {
        return "http://localhost:" + port + "/sandbox/" + p.code();
    }

    /** Fresh keys; {@code qps} 0 keeps the sandbox default. */
    public Keys keys(RegistryProvider p, int qps) {
        String key = p.code() + "-" + UUID.randomUUID();
        String secret = p.hasSecret() ? "secret-" + key : null;
        credentials.put(new Credential(sandbox(p), key, secret, null, qps == 0 ? null : qps));
        return new Keys(p, key, secret);
    }

    public Keys initialize(long adminId, int port, RegistryProvider p) {
        Keys k = keys(p, 0);
        fixtures.as(adminId, () -> settings.initialize(p.code(), new InitializeRequest(k.key(), k.secret(), base(port, p), 0, null, null, false)));
        return k;
    }

    /** Initialises the provider as the only one, and switches auto-fill on. */
    public Keys only(long adminId, int port, RegistryProvider p) {
        Keys k = initialize(adminId, port, p);
        fixtures.as(adminId, () -> settings.update(new SettingsDraft(true, p.code(), "", null, null, null, null)));
        return k;
    }

    /** Changes the provider connection's QPS and daily budget (null keeps), as re-initialising with them does. */
    public void limits(long adminId, RegistryProvider p, Integer qps, Integer dailyBudget) {
        fixtures.as(adminId, () -> settings.initialize(p.code(), new InitializeRequest(null, null, null, qps, dailyBudget, null, null)));
    }

    public SettingsView view(long adminId) {
        return fixtures.as(adminId, () -> settings.view());
    }

    /** Calls the sandbox answered for these keys (all endpoints). */
    public long calls(Keys k) {
        return counters.calls(sandbox(k.provider()), k.key(), null);
    }
}
