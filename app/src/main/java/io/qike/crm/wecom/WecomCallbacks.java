package io.qike.crm.wecom;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.wecom.callback.EventXml;
import io.qike.crm.wecom.callback.WecomMsgCrypt;
import io.qike.crm.wecom.store.WecomCallbackRepository;
import io.qike.crm.wecom.store.WecomConnectionRepository;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 接收事件服务器: the URL verification and the events WeCom pushes. Only corps bound to an enterprise are answered
 * (an unknown corp is "not found", before anything is decrypted). An event is checked (signature, receiveid,
 * timestamp within the window, never seen before), stored and published in one short transaction, and handled
 * afterwards ({@link WecomInbox}), so WeCom gets its answer within milliseconds.
 */
@Service
public class WecomCallbacks {
    /** How far a callback's timestamp may be from our clock. */
    static final long WINDOW_SECONDS = 300;
    /**
     * How long a msg_signature + nonce is remembered: a timestamp may be up to the window ahead of our clock when
     * first seen and up to the window behind it when replayed, so twice the window covers every replay the timestamp
     * check lets through.
     */
    static final long REMEMBER_SECONDS = 2 * WINDOW_SECONDS;
    /** Forgetting old entries is housekeeping: at most once a minute per enterprise on each node. */
    private static final long FORGET_EVERY_NANOS = 60_000_000_000L;
    private final Map<Long, Long> lastForgotten = new ConcurrentHashMap<>();
    private final WecomConnectionRepository connectionRepository;
    private final CallbackKeys keys;
    private final WecomCallbackRepository inbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final CallbackPressure pressure;
    private final Clock clock = Clock.systemUTC();

    WecomCallbacks(WecomConnectionRepository connectionRepository, CallbackKeys keys, WecomCallbackRepository inbox,
                   ApplicationEventPublisher events, TransactionTemplate tx, CallbackPressure pressure) {
        this.pressure = pressure;
        this.connectionRepository = connectionRepository;
        this.keys = keys;
        this.inbox = inbox;
        this.events = events;
        this.tx = tx;
    }

    /** A refused callback: the reason is a stable code (signature, receiveid, stale, replay, decrypt, not_configured). */
    public static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** URL verification: answers the decrypted echostr, and remembers that the callback was verified. */
    public String verifyUrl(String corpId, String msgSignature, String timestamp, String nonce, String echostr) {
        Opened opened = open(corpId, msgSignature, timestamp, nonce, echostr);
        return TenantContext.callAs(opened.tenantId(), () -> {
            tx.executeWithoutResult(s -> connectionRepository.callbackVerified());
            return opened.text();
        });
    }

    /** An event: {@code body} is WeCom's {@code <xml><ToUserName/><AgentID/><Encrypt/></xml>}. */
    public void receive(String corpId, String msgSignature, String timestamp, String nonce, String body) {
        keys.of(corpId, false); // an unknown corp is "not found" before anything is read
        String encrypted;
        try {
            encrypted = EventXml.fields(body).get("Encrypt");
        } catch (IllegalArgumentException e) {
            throw new Refused("decrypt");
        }
        Opened opened = open(corpId, msgSignature, timestamp, nonce, encrypted);
        Map<String, String> fields;
        try {
            fields = EventXml.fields(opened.text());
        } catch (IllegalArgumentException e) {
            throw new Refused("decrypt");
        }
        String event = fields.getOrDefault("Event", fields.getOrDefault("MsgType", "unknown"));
        pressure.arrived();
        long tenantId = opened.tenantId();
        TenantContext.runAs(tenantId, () -> {
            tx.executeWithoutResult(s -> {
                if (!inbox.firstSighting(msgSignature, nonce, REMEMBER_SECONDS)) throw new Refused("replay");
                long id = inbox.insert(corpId, event, fields.get("ChangeType"), opened.text());
                events.publishEvent(new WecomEventReceived(tenantId, id));
            });
            forgetOldSightings(tenantId);
        });
    }

    private record Opened(long tenantId, String text) {
    }

    private void forgetOldSightings(long tenantId) {
        long now = System.nanoTime();
        Long last = lastForgotten.get(tenantId);
        if (last != null && now - last < FORGET_EVERY_NANOS) return;
        if (last == null ? lastForgotten.putIfAbsent(tenantId, now) != null : !lastForgotten.replace(tenantId, last, now)) return;
        tx.executeWithoutResult(s -> inbox.forget(REMEMBER_SECONDS));
    }

    /** Checks the timestamp, the signature and the receiveid and decrypts; kept keys that refuse are read again once. */
    private Opened open(String corpId, String msgSignature, String timestamp, String nonce, String encrypted) {
        CallbackKeys.Keys kept = keys.of(corpId, false);
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException | NullPointerException e) {
            throw new Refused("stale");
        }
        if (Math.abs(clock.instant().getEpochSecond() - ts) > WINDOW_SECONDS) throw new Refused("stale");
        try {
            return open(kept, msgSignature, timestamp, nonce, encrypted);
        } catch (Refused refused) {
            return open(keys.of(corpId, true), msgSignature, timestamp, nonce, encrypted);
        }
    }

    private static Opened open(CallbackKeys.Keys k, String msgSignature, String timestamp, String nonce, String encrypted) {
        if (k.crypt() == null) throw new Refused("not_configured");
        try {
            return new Opened(k.tenantId(), k.crypt().open(msgSignature, timestamp, nonce, encrypted));
        } catch (WecomMsgCrypt.Refused e) {
            throw new Refused(e.reason());
        }
    }
}
