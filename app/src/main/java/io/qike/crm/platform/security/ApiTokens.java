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
 * no password hashing and at most one lookup. Each use is checked against the account's current state
 * ({@link AccountStamps}): a token stops with a disabled account or a password reset (which also revoke
 * the user's tokens) and carries the account's current permissions within seconds, on every node.
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

    private final AccountStamps stamps;

    ApiTokens(ApiTokenRepository repository, UserAccounts accounts, AuditLog audit, DisabledTenants disabledTenants,
              AccountStamps stamps) {
        this.repository = repository;
        this.stamps = stamps;
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
        String digest = digest(token);
        Optional<QikeUser> user = cache.get(digest, this::load);
        if (user.isEmpty()) return user;
        // The enterprise's and the account's state are checked outside the cache: they stop a token at once.
        if (disabledTenants.contains(user.get().tenantId())) return Optional.empty();
        switch (stamps.check(user.get())) {
            case CURRENT -> { return user; }
            case OUTDATED -> {
                Optional<QikeUser> current = load(digest);
                cache.put(digest, current);
                return current.filter(u -> stamps.check(u) != AccountStamps.Verdict.ENDED);
            }
            default -> {
                cache.invalidate(digest);
                return Optional.empty();
            }
        }
    }

    private Optional<QikeUser> load(String digest) {
        return repository.findUserId(digest).flatMap(accounts::findById).filter(QikeUser::isEnabled).map(QikeUser::withoutPassword);
    }

    /**
     * Revokes all of a user's tokens, personal and session ones, in the caller's transaction: their password
     * was reset or their account disabled. Nodes that still hold them in their cache refuse them too, since
     * the same change moves the account's credentials version.
     */
    public int revokeAllOf(long userId) {
        int revoked = repository.revokeAllOf(userId);
        cache.asMap().values().removeIf(u -> u.isPresent() && u.get().userId() == userId);
        return revoked;
    }

    public List<TokenInfo> mine() {
        return repository.personalTokensOf(CurrentUser.require().userId());
    }

    public void revoke(long id) {
        ApiTokenRepository.Revoked revoked = repository.revoke(id, CurrentUser.require().userId())
                .orElseThrow(() -> new io.qike.crm.platform.NotFoundException("api_token", id));
        cache.invalidate(revoked.digest());
        audit.record("REVOKE", "API_TOKEN", id, revoked.name());
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
