package io.qike.crm.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request or background job. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static Optional<QikeUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof QikeUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static QikeUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
