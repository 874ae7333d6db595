package io.qike.crm.platform.security;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and failed sign-ins in the enterprise log (企业日志) of the account they concern, with the client
 * address and never a password. A failure naming no account belongs to no enterprise: it goes to the
 * application log only, without the name typed (it may be someone's password).
 */
@Component
class LoginAudit {
    private static final Logger log = LoggerFactory.getLogger(LoginAudit.class);
    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    void signedIn(QikeUser user, String address, int failedAttempts) {
        signedIn(user, address, failedAttempts, null);
    }

    /** {@code via}: the way in when it was not the password (e.g. wecom), recorded with the sign-in. */
    void signedIn(QikeUser user, String address, int failedAttempts, String via) {
        Map<String, AuditLog.Change> details = new LinkedHashMap<>();
        details.put("address", new AuditLog.Change(null, address));
        if (via != null) details.put("via", new AuditLog.Change(null, via));
        if (failedAttempts > 0) details.put("failedAttempts", new AuditLog.Change(null, failedAttempts));
        TenantContext.runAs(user, () -> audit.record("LOGIN", "USER", user.userId(), user.login(), details));
    }

    /** A counted failure; when it makes the account's next attempt wait, that is logged as throttling too. */
    void failed(Optional<UserAccountRepository.NamedAccount> account, String address, Optional<Duration> mustWait) {
        if (account.isEmpty()) {
            log.info("Failed sign-in for an unknown login from {}", address);
            return;
        }
        UserAccountRepository.NamedAccount a = account.get();
        TenantContext.runAs(a.tenantId(), () -> {
            audit.record("LOGIN_FAILED", "USER", a.userId(), a.login(), Map.of("address", new AuditLog.Change(null, address)));
            mustWait.ifPresent(wait -> audit.record("LOGIN_THROTTLED", "USER", a.userId(), a.login(), Map.of(
                    "address", new AuditLog.Change(null, address),
                    "waitSeconds", new AuditLog.Change(null, Math.max(1, wait.toSeconds())))));
        });
        if (mustWait.isPresent()) log.info("Sign-ins to account {} throttled after failures from {}", a.userId(), address);
    }
}
