package io.qike.crm.archive.keys;

import io.qike.crm.archive.ArchiveKeyVersionSet;
import io.qike.crm.archive.NativeFinanceSdk;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.secrets.SecretBox;
import io.qike.crm.platform.validation.Checks;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业微信对接 → 会话留存: the archive Secret, the self-built app Secret, the trusted IPs, and the message-encryption key
 * pairs. "重新生成" adds a pair and keeps every older one; the admin enters the version WeCom gave a public key.
 */
@Service
@RequiresPermission(Permission.ADMIN_WECOM)
public class ArchiveSettingsService {
    private final ArchiveSettingsRepository settings;
    private final ArchiveKeyRepository keys;
    private final SecretBox box;
    private final ApplicationEventPublisher events;

    ArchiveSettingsService(ArchiveSettingsRepository settings, ArchiveKeyRepository keys, SecretBox box, ApplicationEventPublisher events) {
        this.settings = settings;
        this.keys = keys;
        this.box = box;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ArchiveSettingsView view() {
        long tenantId = tenantId();
        Optional<SettingsRow> row = settings.find();
        return new ArchiveSettingsView(row.map(r -> hint(r.secret(), tenantId)).orElse(null),
                row.map(r -> hint(r.appSecret(), tenantId)).orElse(null), row.map(SettingsRow::trustedIps).orElse(List.of()),
                OutboundAddress.suggestion().orElse(null), row.map(SettingsRow::updatedAt).orElse(null),
                NativeFinanceSdk.nativeSourceConfigured(), NativeFinanceSdk.available(), NativeFinanceSdk.expectedPath());
    }

    /** Saves what the draft names and keeps the rest. */
    @Transactional
    public ArchiveSettingsView save(ArchiveSettingsDraft d) {
        long tenantId = tenantId();
        Optional<SettingsRow> old = settings.find();
        Checks checks = new Checks();
        String secret = checks.text("secret", d.secret(), 128, false);
        String appSecret = checks.text("appSecret", d.appSecret(), 128, false);
        List<String> ips = d.trustedIps() == null ? old.map(SettingsRow::trustedIps).orElse(List.of())
                : TrustedIps.check(checks, "trustedIps", d.trustedIps());
        checks.throwIfAny();
        settings.save(secret == null ? old.map(SettingsRow::secret).orElse(null) : box.seal(secret, tenantId),
                appSecret == null ? old.map(SettingsRow::appSecret).orElse(null) : box.seal(appSecret, tenantId), ips);
        return view();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<ArchiveKeyView> keys() {
        return keys.list().stream().map(ArchiveKeyView::of).toList();
    }

    /** The public key of the newest pair, the one to paste into WeCom, if any pair exists. */
    @Transactional(readOnly = true)
    public Optional<NewArchiveKey> newestPublicKey() {
        return keys.list().stream().findFirst().map(k -> new NewArchiveKey(k.id(), k.publicKeyPem()));
    }

    /** A new RSA 2048 pair awaiting its version; the private key is sealed and never leaves the server. */
    @Transactional
    public NewArchiveKey generate() {
        KeyPairs.Generated g = KeyPairs.generate();
        long id = keys.insert(g.publicPem(), box.seal(g.privatePem(), tenantId()), g.fingerprint());
        return new NewArchiveKey(id, g.publicPem());
    }

    /**
     * Gives a pair the version WeCom shows for its public key. A version another pair has is refused; a pair's version
     * may be corrected only while no message was decrypted with it.
     */
    @Transactional
    public ArchiveKeyView setVersion(long id, Integer version) {
        KeyRow key = keys.find(id).orElseThrow(() -> new NotFoundException("archive_key", id));
        if (version == null) throw new InvalidInputException(FieldProblem.of("version", "required"));
        if (version <= 0) throw new InvalidInputException(FieldProblem.of("version", "out_of_range"));
        if (version.equals(key.version())) return ArchiveKeyView.of(key);
        if (key.version() != null && key.decryptedCount() > 0) {
            throw new InvalidInputException(FieldProblem.of("version", "archive_version_in_use", key.version()));
        }
        if (keys.findByVersion(version).isPresent()) throw taken(version);
        try {
            keys.setVersion(id, version);
        } catch (DuplicateKeyException raced) {
            throw taken(version);
        }
        events.publishEvent(new ArchiveKeyVersionSet(key.tenantId(), version));
        return keys.find(id).map(ArchiveKeyView::of).orElseThrow();
    }

    private static InvalidInputException taken(int version) {
        return new InvalidInputException(FieldProblem.of("version", "archive_version_taken", version));
    }

    private String hint(String sealed, long tenantId) {
        return sealed == null ? null : SecretBox.hint(box.open(sealed, tenantId));
    }

    private static long tenantId() {
        Long t = TenantContext.currentTenantId();
        if (t == null) throw new IllegalStateException("No tenant");
        return t;
    }
}
