package io.qike.crm.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.org.DisabledTenants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for the API. A token is a random secret shown once; only its SHA-256 digest is
 * stored, and resolved tokens are cached for a few seconds so that an authenticated request costs
 * no password hashing and at most one lookup.
 */
@Service
public class ApiTokens {
    public record TokenInfo(long id, String name, String kind, String hint, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    public record IssuedToken(String token, OffsetDateTime expiresAt) {
    }

    private static final Duration SESSION_TOKEN_LIFE = Duration.ofHours(12);
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository repository;
    private final UserAccounts accounts;
    private final DisabledTenants disabledTenants;
    private final AuditLog audit;
    private final Cache<String, Optional<QikeUser>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).maximumSize(50_000).build();

    ApiTokens(ApiTokenRepository repository, UserAccounts accounts, AuditLog audit, DisabledTenants disabledTenants) {
        this.repository = repository;
        this.disabledTenants = disabledTenants;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A short-lived token for the signed-in user, from {@code POST /api/v1/auth/token}. */
    public IssuedToken issueSessionToken(QikeUser user) {
        return issue(user, "api-login", "SESSION", OffsetDateTime.now().plus(SESSION_TOKEN_LIFE));
    }

    /** A personal token created in the UI; lives until revoked. */
    public IssuedToken issuePersonalToken(String name) {
        QikeUser user = CurrentUser.require();
        IssuedToken issued = issue(user, name == null || name.isBlank() ? "token" : name.trim(), "PERSONAL", null);
        audit.record("CREATE", "API_TOKEN", null, name);
        return issued;
    }

    private IssuedToken issue(QikeUser user, String name, String kind, OffsetDateTime expires) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "qk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.insert(user.tenantId(), user.userId(), name, kind, digest(token), token.substring(0, 7) + "…", expires);
        return new IssuedToken(token, expires);
    }

    public Optional<QikeUser> resolve(String token) {
        // The enterprise's status is checked outside the cache: a disabled enterprise's tokens stop at once.
        return cache.get(digest(token), d -> repository.findUserId(d)
                .flatMap(accounts::findById).filter(u -> u.isEnabled() && u.isAccountNonLocked()).map(QikeUser::withoutPassword))
                .filter(u -> !disabledTenants.contains(u.tenantId()));
    }

    public List<TokenInfo> mine() {
        return repository.personalTokensOf(CurrentUser.require().userId());
    }

    public void revoke(long id) {
        String d = repository.revoke(id, CurrentUser.require().userId())
                .orElseThrow(() -> new io.qike.crm.platform.NotFoundException("api_token", id));
        cache.invalidate(d);
        audit.record("DELETE", "API_TOKEN", id, null);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
