package io.qike.crm.wecom;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default: the demo enterprise is connected to the in-process WeCom simulator's corp with its app,
 * contacts and customer secrets (read from the simulator itself, so they are always the ones it accepts), so
 * every WeCom flow works on the first try. The callback token and key are left to the administrator, who pastes
 * the same pair into the simulator's console when saving the callback URL. Without the simulator nothing happens.
 */
@Component
class WecomDemoConnection {
    private final ObjectProvider<WeComState> sandbox;
    private final Environment env;
    private final WecomConnectionService service;
    private final RunAs runAs;
    private final TransactionTemplate tx;

    WecomDemoConnection(ObjectProvider<WeComState> sandbox, Environment env, WecomConnectionService service, RunAs runAs,
                        TransactionTemplate tx) {
        this.sandbox = sandbox;
        this.env = env;
        this.service = service;
        this.runAs = runAs;
        this.tx = tx;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DemoTenantCreated event) {
        demoDraft().ifPresent(d -> runAs.user(event.adminUserId(), () -> tx.executeWithoutResult(s -> service.save(d))));
    }

    /** The simulator's corp as a connection, when the simulator runs in this process. */
    Optional<WecomConnectionDraft> demoDraft() {
        if (!env.getProperty("qike.sandbox.enabled", Boolean.class, false)) return Optional.empty();
        WeComState state = sandbox.getIfAvailable();
        if (state == null) return Optional.empty();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        return Optional.of(new WecomConnectionDraft(state.corpId(), state.app(AppKind.APP).agentId(),
                state.app(AppKind.APP).secret(), state.app(AppKind.CONTACTS).secret(), state.app(AppKind.CUSTOMER).secret(),
                null, null, "http://localhost:" + port + "/sandbox/wecom"));
    }
}
