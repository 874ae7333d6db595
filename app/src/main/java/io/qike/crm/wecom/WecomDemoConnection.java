package io.qike.crm.wecom;

import io.qike.crm.wecom.store.WecomConnectionRepository;

import io.qike.crm.platform.DemoTenantCreated;
import io.qike.crm.platform.RunAs;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.WeComState;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default: the demo enterprise is connected to the in-process WeCom simulator's corp with its app,
 * contacts and customer secrets (read from the simulator itself, so they are always the ones it accepts), so
 * every WeCom flow works on the first try. A callback Token and EncodingAESKey are generated for it and, once this
 * Qike answers HTTP (the simulator checks the URL before saving it), the callback URL is saved in the simulator's
 * console for the contacts, app and customer apps, so directory changes and customer events flow without typing.
 * Without the in-process simulator nothing happens; never in production.
 */
@Component
class WecomDemoConnection {
    private final ObjectProvider<WeComState> sandbox;
    private final Environment env;
    private final WecomConnectionService service;
    private final RunAs runAs;
    private final TransactionTemplate tx;
    private final DemoCallbacks callbacks;
    private final WecomConnectionRepository connections;
    private volatile boolean ready;

    WecomDemoConnection(ObjectProvider<WeComState> sandbox, Environment env, WecomConnectionService service, RunAs runAs,
                        TransactionTemplate tx, DemoCallbacks callbacks, WecomConnectionRepository connections) {
        this.callbacks = callbacks;
        this.connections = connections;
        this.sandbox = sandbox;
        this.env = env;
        this.service = service;
        this.runAs = runAs;
        this.tx = tx;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DemoTenantCreated event) {
        // The simulator has one corp and a corp binds to one enterprise: a second demo enterprise on this Qike
        // (made by the operator) starts unconnected rather than failing its set-up.
        demoDraft().filter(d -> connections.tenantOfCorp(d.corpId()).isEmpty()).ifPresent(d -> {
            runAs.user(event.adminUserId(), () -> tx.executeWithoutResult(s -> service.save(d)));
            if (ready) callbacks.register(d);
        });
    }

    /** The demo enterprise made before this start (or while it ran) gets its callback once the server answers. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        ready = true;
        if (sandbox.getIfAvailable() == null || !env.getProperty("qike.sandbox.enabled", Boolean.class, false)) return;
        callbacks.registerIfConnected();
    }

    /** The simulator's corp as a connection, when the simulator runs in this process. */
    Optional<WecomConnectionDraft> demoDraft() {
        if (!env.getProperty("qike.sandbox.enabled", Boolean.class, false)) return Optional.empty();
        WeComState state = sandbox.getIfAvailable();
        if (state == null) return Optional.empty();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        return Optional.of(new WecomConnectionDraft(state.corpId(), state.app(AppKind.APP).agentId(),
                state.app(AppKind.APP).secret(), state.app(AppKind.CONTACTS).secret(), state.app(AppKind.CUSTOMER).secret(),
                DemoCallbacks.randomText(32), DemoCallbacks.randomText(43), "http://localhost:" + port + "/sandbox/wecom"));
    }
}
