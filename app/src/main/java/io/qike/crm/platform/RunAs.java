package io.qike.crm.platform;

import io.qike.crm.platform.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * {@link TenantContext#runAs(QikeUser, Runnable)} for work that knows its user by id only, such as
 * the listener of an event that names the user it happened for.
 */
@Component
public class RunAs {
    private final UserAccounts accounts;

    RunAs(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Runs work as this user, who must still be active (a user who left acts no more). */
    public void user(long userId, Runnable work) {
        QikeUser user = accounts.findById(userId).filter(QikeUser::isEnabled)
                .orElseThrow(() -> new IllegalStateException("user " + userId + " is not active"));
        TenantContext.runAs(user, work);
    }
}
