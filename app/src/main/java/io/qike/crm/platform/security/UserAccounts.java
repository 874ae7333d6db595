package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds accounts across tenants for login and token resolution, and keeps the lock-out counter:
 * after {@value #MAX_FAILURES} wrong passwords in a row an account is locked for 15 minutes.
 */
@Component
public class UserAccounts implements UserDetailsService {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);
    private final UserAccountRepository repository;

    UserAccounts(UserAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public QikeUser loadUserByUsername(String login) {
        return findByLogin(login).orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }

    public Optional<QikeUser> findByLogin(String login) {
        return repository.findId(login == null ? "" : login.trim()).flatMap(this::findById);
    }

    /** The account, read before its permissions: a second query while the first is open would hold two owner connections. */
    public Optional<QikeUser> findById(long userId) {
        Optional<QikeUser> account = repository.find(userId);
        return account.map(u -> new QikeUser(u.userId(), u.tenantId(), u.departmentId(), u.login(), u.displayName(),
                repository.permissionsOf(u.userId()), u.passwordHash(), u.active(), u.locked()));
    }

    void recordFailure(String login) {
        repository.recordFailure(login == null ? "" : login.trim(), MAX_FAILURES, OffsetDateTime.now().plus(LOCK_TIME));
    }

    void recordSuccess(long userId) {
        repository.recordSuccess(userId);
    }
}
