package io.qike.crm.archive.keys;

import io.qike.crm.platform.DemoTenantCreated;
import io.qike.crm.platform.RunAs;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.wecom.WecomConnections;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.WeComState;
import java.util.Optional;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    private static final Logger log = LoggerFactory.getLogger(ArchiveDemo.class);
    private final ObjectProvider<WeComState> sandbox;
    private final Environment env;
    private final ArchiveSettingsService service;
    private final RunAs runAs;
    private final WecomConnections connections;
    private final ArchiveKeyRepository keys;

    ArchiveDemo(ObjectProvider<WeComState> sandbox, Environment env, ArchiveSettingsService service, RunAs runAs,
                WecomConnections connections, ArchiveKeyRepository keys) {
        this.connections = connections;
        this.keys = keys;
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

    /**
     * The simulator keeps its console in memory: after a restart it has no public key, while the enterprise connected
     * to its corp still has its pairs. They are registered again with their versions, oldest first (the generated
     * backlog is archived under the first key registered, as before).
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        WeComState state = simulator().orElse(null);
        if (state == null || !state.world().archive().keys().isEmpty()) return;
        try {
            connections.tenantOfCorp(state.corpId()).ifPresent(tenant -> TenantContext.runAs(tenant, () -> reregister(state)));
        } catch (RuntimeException e) {
            log.info("The demo archive keys were not registered again in the simulator: {}", e.toString());
        }
    }

    /** Answers how many public keys were registered in the simulator. */
    int reregister(WeComState state) {
        var versioned = keys.list().stream().filter(k -> k.version() != null).sorted(Comparator.comparing(KeyRow::version)).toList();
        versioned.forEach(k -> state.world().archive().registerKey(k.publicKeyPem(), k.version()));
        return versioned.size();
    }

    private Optional<WeComState> simulator() {
        if (!env.getProperty("qike.sandbox.enabled", Boolean.class, false)) return Optional.empty();
        return Optional.ofNullable(sandbox.getIfAvailable());
    }
}
