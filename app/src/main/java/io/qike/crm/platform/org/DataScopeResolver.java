package io.qike.crm.platform.org;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.VisibleOwners;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns the widest data scope among the user's roles into the set of owners they may see. The
 * result is cached briefly per user, so a changed role or department applies within seconds.
 */
@Component
class DataScopeResolver implements DataScopes {
    private final RoleRepository roles;
    private final UserRepository users;
    private final Cache<Long, VisibleOwners> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(10)).maximumSize(10_000).build();

    DataScopeResolver(RoleRepository roles, UserRepository users) {
        this.roles = roles;
        this.users = users;
    }

    @Override
    public VisibleOwners current() {
        QikeUser user = CurrentUser.require();
        return cache.get(user.userId(), id -> resolve(user));
    }

    void forgetAll() {
        cache.invalidateAll();
    }

    private VisibleOwners resolve(QikeUser user) {
        DataScope scope = roles.dataScopesOf(user.userId()).stream()
                .reduce(DataScope.SELF, (a, b) -> b.widerThan(a) ? b : a);
        List<Long> owners = switch (scope) {
            case ALL -> null;
            case SELF -> List.of(user.userId());
            case SELF_AND_SUBORDINATES -> users.team(user.userId());
            case DEPARTMENT -> usersIn(user, false);
            case DEPARTMENT_AND_CHILDREN -> usersIn(user, true);
        };
        return owners == null ? VisibleOwners.all()
                : new VisibleOwners(false, owners.stream().mapToLong(Long::longValue).toArray());
    }

    private List<Long> usersIn(QikeUser user, boolean withChildren) {
        if (user.departmentId() == null) return List.of(user.userId());
        return users.inDepartment(user.departmentId(), user.userId(), withChildren);
    }
}
