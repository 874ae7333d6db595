package io.qike.crm.wecom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.wecom.callback.WecomMsgCrypt;
import io.qike.crm.wecom.store.WecomConnectionRepository;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The enterprise a corp's callbacks belong to and the Token and EncodingAESKey they are checked with, kept for a few
 * seconds: reading the connection and opening its secrets was a third of a callback's work. A callback the kept keys
 * refuse is checked again with freshly read ones ({@link WecomCallbacks}), so a changed Token takes effect at once;
 * {@link #forget} is called when this node changes a connection, and other nodes notice within {@link #KEEP}.
 */
@Component
class CallbackKeys {
    static final Duration KEEP = Duration.ofSeconds(2);

    /** {@code crypt} is null while the Token or EncodingAESKey is missing. */
    record Keys(long tenantId, String corpId, WecomMsgCrypt crypt) {
    }

    private final WecomConnectionRepository repository;
    private final WecomConnections connections;
    private final Cache<String, Keys> kept = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(10_000).build();

    CallbackKeys(WecomConnectionRepository repository, WecomConnections connections) {
        this.repository = repository;
        this.connections = connections;
    }

    /** The keys of a bound corp; an unknown corp is {@link NotFoundException} (and is not kept). */
    Keys of(String corpId, boolean fresh) {
        if (fresh) kept.invalidate(corpId);
        return kept.get(corpId, this::read);
    }

    void forget() {
        kept.invalidateAll();
    }

    private Keys read(String corpId) {
        long tenantId = repository.tenantOfCorp(corpId).orElseThrow(() -> new NotFoundException("wecom_corp", corpId));
        Credentials c = connections.credentials(tenantId).orElseThrow(() -> new NotFoundException("wecom_corp", corpId));
        WecomMsgCrypt crypt = c.callbackToken() == null || c.encodingAesKey() == null ? null
                : new WecomMsgCrypt(c.callbackToken(), c.encodingAesKey(), c.corpId());
        return new Keys(tenantId, c.corpId(), crypt);
    }
}
