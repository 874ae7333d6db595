package io.qike.crm.archive.keys;

import io.qike.crm.platform.DemoTenantCreated;
import io.qike.crm.platform.RunAs;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.WeComState;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The embedded default: the demo enterprise's archive is configured against the in-process WeCom simulator with
 * nothing typed. Its archive Secret and app Secret and trusted IPs are read from the simulator, one key pair is
 * generated, its public key registered in the simulator's console and the version the simulator gives it entered,
 * as an administrator would do it. The simulator archives its generated backlog under the first key registered, so
 * with this key (registered first) the demo decrypts the whole backlog. Without the in-process simulator nothing
 * happens; never in production.
 */
@Component
class ArchiveDemo {
    private final ObjectProvider<WeComState> sandbox;
    private final Environment env;
    private final ArchiveSettingsService service;
    private final RunAs runAs;

    ArchiveDemo(ObjectProvider<WeComState> sandbox, Environment env, ArchiveSettingsService service, RunAs runAs) {
        this.sandbox = sandbox;
        this.env = env;
        this.service = service;
        this.runAs = runAs;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DemoTenantCreated event) {
        runAs.user(event.adminUserId(), this::configure);
    }

    /**
     * As the current (admin) user: the simulator's archive secrets, and a key pair registered there with its version,
     * unless the enterprise already has a key pair. Answers the version, when a pair was registered.
     */
    Optional<Integer> configure() {
        WeComState state = simulator().orElse(null);
        if (state == null || !service.keys().isEmpty()) return Optional.empty();
        service.save(new ArchiveSettingsDraft(state.app(AppKind.ARCHIVE).secret(), state.app(AppKind.APP).secret(),
                state.archiveSettings().trustedIps()));
        NewArchiveKey key = service.generate();
        int version = state.world().archive().registerKey(key.publicKey(), null);
        service.setVersion(key.id(), version);
        return Optional.of(version);
    }

    private Optional<WeComState> simulator() {
        if (!env.getProperty("qike.sandbox.enabled", Boolean.class, false)) return Optional.empty();
        return Optional.ofNullable(sandbox.getIfAvailable());
    }
}
