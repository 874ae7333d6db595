package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login for the web and the API. An attempt that must wait ({@link LoginThrottle}) is refused before
 * the password is looked at; an unknown login and a wrong password fail alike (same answer, same hashing
 * work) and count towards the throttle; a disabled account is named only to someone who gave its password.
 * A sign-in answers how many failed attempts the account had since the previous one.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    /** What a sign-in tells beyond the user: the failed attempts on the account since its previous sign-in. */
    record SignInDetails(String address, int failedAttempts) {
    }

    private final DaoAuthenticationProvider delegate;
    private final UserAccounts accounts;
    private final LoginThrottle throttle;
    private final LoginAudit audit;

    ThrottledAuthenticationProvider(UserAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle, LoginAudit audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(passwords);
        // The account's state is checked only once the password is right, so that it tells an outsider nothing.
        this.delegate.setPreAuthenticationChecks(user -> { });
        this.delegate.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) throw new DisabledException("account disabled");
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        String address = address(authentication);
        Optional<Duration> wait = throttle.waitFor(login, address);
        if (wait.isPresent()) throw new LoginThrottledException(wait.get());
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            Optional<Duration> mustWait = throttle.failed(login, address);
            audit.failed(accounts.recordFailure(login), address, mustWait);
            throw e;
        }
        QikeUser user = ((QikeUser) result.getPrincipal()).withoutPassword();
        throttle.succeeded(login);
        int failedAttempts = accounts.recordSuccess(user.userId());
        audit.signedIn(user, address, failedAttempts);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(new SignInDetails(address, failedAttempts));
        return signedIn;
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
