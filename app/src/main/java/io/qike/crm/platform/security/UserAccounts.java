package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds accounts across tenants for login and token resolution, and counts the failed attempts on an
 * account since its last sign-in (shown to its owner; they never lock the account).
 */
@Component
public class UserAccounts implements UserDetailsService {
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
                repository.permissionsOf(u.userId()), u.passwordHash(), u.active(), u.securityVersion(), u.credentialsVersion()));
    }

    Optional<UserAccountRepository.NamedAccount> recordFailure(String login) {
        return repository.recordFailure(login == null ? "" : login.trim());
    }

    int recordSuccess(long userId) {
        return repository.recordSuccess(userId);
    }
}
