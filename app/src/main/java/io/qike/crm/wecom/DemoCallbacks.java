package io.qike.crm.wecom;

import io.qike.crm.wecom.store.WecomConnectionRepository;
import io.qike.sandbox.wecom.callback.CallbackService;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.CallbackSettings;
import io.qike.sandbox.wecom.core.WeComState;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Saves the demo enterprise's callback URL in the in-process simulator's console for the contacts, app and customer
 * apps, the way an administrator would (the simulator verifies the URL first, so this Qike must already answer).
 */
@Component
class DemoCallbacks {
    private static final Logger log = LoggerFactory.getLogger(DemoCallbacks.class);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AppKind[] APPS = {AppKind.CONTACTS, AppKind.APP, AppKind.CUSTOMER};
    private final ObjectProvider<WeComState> sandbox;
    private final ObjectProvider<CallbackService> sandboxCallbacks;
    private final WecomConnectionRepository connections;
    private final WecomConnections opened;
    private final Environment env;

    DemoCallbacks(ObjectProvider<WeComState> sandbox, ObjectProvider<CallbackService> sandboxCallbacks,
                  WecomConnectionRepository connections, WecomConnections opened, Environment env) {
        this.sandbox = sandbox;
        this.sandboxCallbacks = sandboxCallbacks;
        this.connections = connections;
        this.opened = opened;
        this.env = env;
    }

    static String randomText(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return b.toString();
    }

    void register(WecomConnectionDraft d) {
        save(d.corpId(), d.callbackToken(), d.encodingAesKey());
    }

    /** The simulator's corp, if an enterprise here is connected to it with a Token and key, gets its callback saved. */
    void registerIfConnected() {
        WeComState state = sandbox.getIfAvailable();
        if (state == null) return;
        connections.tenantOfCorp(state.corpId()).filter(java.util.Objects::nonNull).flatMap(opened::credentials)
                .filter(c -> c.callbackToken() != null && c.encodingAesKey() != null)
                .ifPresent(c -> save(c.corpId(), c.callbackToken(), c.encodingAesKey()));
    }

    private void save(String corpId, String token, String aesKey) {
        WeComState state = sandbox.getIfAvailable();
        CallbackService console = sandboxCallbacks.getIfAvailable();
        if (state == null || console == null || token == null || aesKey == null) return;
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        CallbackSettings s = new CallbackSettings("http://localhost:" + port + "/wecom/callback/" + corpId, token, aesKey);
        for (AppKind app : APPS) {
            try {
                if (console.verify(s).ok()) state.app(app).callback(s);
                else log.info("The simulator did not accept the demo callback URL for {}", app);
            } catch (RuntimeException e) {
                log.info("The demo callback URL for {} was not saved: {}", app, e.toString());
            }
        }
    }
}
