package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password login that counts failures towards the lock-out and clears them on success. */
class LockoutAuthenticationProvider implements AuthenticationProvider {
    private final DaoAuthenticationProvider delegate;
    private final UserAccounts accounts;

    LockoutAuthenticationProvider(UserAccounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(passwords);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            Authentication result = delegate.authenticate(authentication);
            QikeUser user = (QikeUser) result.getPrincipal();
            accounts.recordSuccess(user.userId());
            QikeUser clean = user.withoutPassword();
            return UsernamePasswordAuthenticationToken.authenticated(clean, null, clean.getAuthorities());
        } catch (BadCredentialsException e) {
            accounts.recordFailure(authentication.getName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
