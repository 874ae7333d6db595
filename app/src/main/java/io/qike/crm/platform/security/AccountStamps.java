package io.qike.crm.platform.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.qike.crm.platform.QikeUser;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current state of each account, asked on every authenticated request (session or token): whether it
 * is active and the versions of what a signed-in principal holds. Each account's state is read in one small
 * query and kept for two seconds, so a user's requests cost at most one query per two seconds; this node
 * forgets an account when it changes it (after the change commits), other nodes within the two seconds.
 */
@Component
public class AccountStamps {
    /** What a principal is compared with. */
    record Stamp(boolean active, long securityVersion, long credentialsVersion) {
    }

    /** How a principal stands against its account now. */
    enum Verdict {
        /** Nothing changed. */
        CURRENT,
        /** Roles, permissions or department changed: rebuild the principal and go on. */
        OUTDATED,
        /** Disabled, gone, or its password reset: the session or token ends. */
        ENDED
    }

    private final LoadingCache<Long, Optional<Stamp>> stamps;

    AccountStamps(UserAccountRepository accounts) {
        this.stamps = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(2)).maximumSize(100_000)
                .build(accounts::stamp);
    }

    Verdict check(QikeUser principal) {
        Optional<Stamp> now = stamps.get(principal.userId());
        if (now.isPresent() && (now.get().securityVersion() < principal.securityVersion()
                || now.get().credentialsVersion() < principal.credentialsVersion())) {
            // The principal is newer than what this node kept (built on another node, or just after a change there).
            stamps.invalidate(principal.userId());
            now = stamps.get(principal.userId());
        }
        if (now.isEmpty() || !now.get().active() || now.get().credentialsVersion() != principal.credentialsVersion()) {
            return Verdict.ENDED;
        }
        return now.get().securityVersion() == principal.securityVersion() ? Verdict.CURRENT : Verdict.OUTDATED;
    }

    /** Forgets what this node knows of the user, once the current transaction (if any) has committed. */
    public void forget(long userId) {
        afterCommit(() -> stamps.invalidate(userId));
    }

    /** Forgets every account, for a change that reaches many users (a role's permissions). */
    public void forgetAll() {
        afterCommit(stamps::invalidateAll);
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
