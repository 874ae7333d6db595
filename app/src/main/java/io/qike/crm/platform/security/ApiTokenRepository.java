package io.qike.crm.platform.security;

import io.qike.crm.platform.database.SystemDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API token rows. Issuing and resolving use the owner's connection (a token is resolved before its
 * tenant is known); listing and revoking one's own tokens go through the tenant's.
 */
@Repository
class ApiTokenRepository {
    private final JdbcClient system;
    private final JdbcClient jdbc;

    ApiTokenRepository(SystemDatabase system, JdbcClient jdbc) {
        this.system = system.jdbc();
        this.jdbc = jdbc;
    }

    void insert(long tenantId, long userId, String name, String kind, String digest, String hint, OffsetDateTime expires) {
        system.sql("""
                insert into api_token(tenant_id, user_id, name, kind, token_digest, token_hint, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, userId, name, kind, digest, hint, expires).update();
    }

    /** The user of a live (not revoked, not expired) token. */
    Optional<Long> findUserId(String digest) {
        return system.sql("""
                select user_id from api_token where token_digest = ? and not revoked
                  and (expires_at is null or expires_at > now())""").param(digest).query(Long.class).optional();
    }

    List<ApiTokens.TokenInfo> personalTokensOf(long userId) {
        return jdbc.sql("""
                select id, name, kind, token_hint as hint, created_at, expires_at from api_token
                where user_id = ? and not revoked and kind = 'PERSONAL' order by id desc""")
                .param(userId).query(ApiTokens.TokenInfo.class).list();
    }

    record Revoked(String digest, String name) {
    }

    /** Revokes the user's token and answers its digest and name, or nothing when the user has no such token. */
    Optional<Revoked> revoke(long id, long userId) {
        return jdbc.sql("update api_token set revoked = true where id = ? and user_id = ? returning token_digest, name")
                .params(id, userId).query((rs, i) -> new Revoked(rs.getString(1), rs.getString(2))).optional();
    }

    /** Revokes every live token of the user (of the current tenant). */
    int revokeAllOf(long userId) {
        return jdbc.sql("update api_token set revoked = true where user_id = ? and not revoked").param(userId).update();
    }
}
