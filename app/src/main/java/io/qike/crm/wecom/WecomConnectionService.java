package io.qike.crm.wecom;

import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.secrets.SecretBox;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.wecom.store.ConnectionRow;
import io.qike.crm.wecom.store.WecomConnectionRepository;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 系统对接管理 → 企业微信对接: the administrator connects the enterprise to its corp and tests each secret. */
@Service
@RequiresPermission(Permission.ADMIN_WECOM)
public class WecomConnectionService {
    private static final Pattern CORP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern AES_KEY = Pattern.compile("[A-Za-z0-9+/]{43}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{1,32}");
    private final WecomConnectionRepository repository;
    private final SecretBox box;
    private final WecomConnectionTester tester;
    private final CallbackKeys callbackKeys;

    WecomConnectionService(WecomConnectionRepository repository, SecretBox box, WecomConnectionTester tester, CallbackKeys callbackKeys) {
        this.repository = repository;
        this.box = box;
        this.tester = tester;
        this.callbackKeys = callbackKeys;
    }

    /** {@code publicBaseUrl}: how browsers and WeCom reach this Qike (scheme, host, port, context path). */
    @Transactional(readOnly = true)
    public WecomConnectionView view(String publicBaseUrl) {
        Optional<ConnectionRow> row = repository.find();
        long tenantId = tenantId();
        return row.map(r -> new WecomConnectionView(true, r.corpId(), r.agentId(), r.baseUrl(), hint(r.agentSecret(), tenantId),
                        hint(r.contactsSecret(), tenantId), hint(r.customerSecret(), tenantId), hint(r.callbackToken(), tenantId),
                        hint(r.encodingAesKey(), tenantId), r.updatedAt(), r.callbackVerifiedAt(), urls(publicBaseUrl, r.corpId())))
                .orElseGet(() -> new WecomConnectionView(false, null, null, WecomConnection.TENCENT_BASE_URL, null, null, null,
                        null, null, null, null, urls(publicBaseUrl, null)));
    }

    /** Saves what the draft names and keeps the rest; a corp already bound to another enterprise is refused. */
    @Transactional
    public WecomConnection save(WecomConnectionDraft d) {
        long tenantId = tenantId();
        Optional<ConnectionRow> old = repository.find();
        Checks checks = new Checks();
        String corpId = d.corpId() != null ? checks.format("corpId", d.corpId(), CORP_ID, "pattern")
                : old.map(ConnectionRow::corpId).orElse(null);
        if (corpId == null && checks.isEmpty()) checks.add("corpId", "required");
        Integer agentId = d.agentId() != null ? d.agentId() : old.map(ConnectionRow::agentId).orElse(null);
        if (d.agentId() != null && d.agentId() <= 0) checks.add("agentId", "out_of_range");
        String baseUrl = d.baseUrl() != null ? baseUrl(checks, d.baseUrl())
                : old.map(ConnectionRow::baseUrl).orElse(WecomConnection.TENCENT_BASE_URL);
        if (d.callbackToken() != null && !d.callbackToken().isBlank()) checks.format("callbackToken", d.callbackToken(), TOKEN, "pattern");
        if (d.encodingAesKey() != null && !d.encodingAesKey().isBlank()) checks.format("encodingAesKey", d.encodingAesKey(), AES_KEY, "pattern");
        for (String[] secret : new String[][]{{"agentSecret", d.agentSecret()}, {"contactsSecret", d.contactsSecret()},
                {"customerSecret", d.customerSecret()}}) {
            checks.text(secret[0], secret[1], 128, false);
        }
        if (corpId != null && checks.isEmpty() && repository.corpTakenElsewhere(corpId)) checks.add("corpId", "wecom_corp_taken");
        checks.throwIfAny();
        ConnectionRow row = new ConnectionRow(tenantId, corpId, agentId,
                sealed(d.agentSecret(), old.map(ConnectionRow::agentSecret), tenantId),
                sealed(d.contactsSecret(), old.map(ConnectionRow::contactsSecret), tenantId),
                sealed(d.customerSecret(), old.map(ConnectionRow::customerSecret), tenantId),
                sealed(d.callbackToken(), old.map(ConnectionRow::callbackToken), tenantId),
                sealed(d.encodingAesKey(), old.map(ConnectionRow::encodingAesKey), tenantId), baseUrl, null, null);
        try {
            repository.save(row);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(io.qike.crm.platform.FieldProblem.of("corpId", "wecom_corp_taken"));
        }
        callbackKeys.forget();
        return repository.find().map(WecomConnections::view).orElseThrow();
    }

    /** Unbinds the corp (another enterprise may then bind it); the directory and bindings stay until the next sync. */
    @Transactional
    public void disconnect() {
        repository.delete();
        callbackKeys.forget();
    }

    /** Tries each secret on its own; the failing one is named with WeCom's errcode and what to do. */
    public List<SecretTest> test() {
        return tester.test(tenantId());
    }

    private String sealed(String typed, Optional<String> kept, long tenantId) {
        return typed == null || typed.isBlank() ? kept.orElse(null) : box.seal(typed.trim(), tenantId);
    }

    private String hint(String sealed, long tenantId) {
        return sealed == null ? null : SecretBox.hint(box.open(sealed, tenantId));
    }

    private static String baseUrl(Checks checks, String value) {
        String v = value.trim();
        while (v.endsWith("/")) v = v.substring(0, v.length() - 1);
        try {
            URI u = URI.create(v);
            if (u.getHost() == null || !List.of("http", "https").contains(u.getScheme()) || u.getQuery() != null) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            checks.add("baseUrl", "url");
        }
        return v;
    }

    private static WecomConnectionView.ConsoleUrls urls(String publicBaseUrl, String corpId) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        String host;
        try {
            host = URI.create(base).getHost();
        } catch (IllegalArgumentException e) {
            host = base;
        }
        // The workbench entry names the corp: a member without a session is signed in through that corp's OAuth.
        return new WecomConnectionView.ConsoleUrls(corpId == null ? null : base + "/wecom/callback/" + corpId,
                corpId == null ? base + "/h5" : base + "/wecom/h5/" + corpId,
                base + "/wecom/sidebar", host);
    }

    private static long tenantId() {
        Long t = TenantContext.currentTenantId();
        if (t == null) throw new IllegalStateException("No tenant");
        return t;
    }
}
