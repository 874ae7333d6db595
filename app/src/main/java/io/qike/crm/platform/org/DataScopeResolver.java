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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the widest data scope among the user's roles into the set of owners they may see. The
 * result is cached briefly per user, so a changed role or department applies within seconds.
 */
@Component
class DataScopeResolver implements DataScopes {
    private final JdbcClient jdbc;
    private final Cache<Long, VisibleOwners> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(10)).maximumSize(10_000).build();

    DataScopeResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        DataScope scope = jdbc.sql("select r.data_scope from role r join user_role ur on ur.role_id = r.id where ur.user_id = ?")
                .param(user.userId()).query(String.class).list().stream().map(DataScope::valueOf)
                .reduce(DataScope.SELF, (a, b) -> b.widerThan(a) ? b : a);
        List<Long> owners = switch (scope) {
            case ALL -> null;
            case SELF -> List.of(user.userId());
            case SELF_AND_SUBORDINATES -> jdbc.sql("""
                    with recursive team(id) as (select ?::bigint
                      union select u.id from app_user u join team on u.manager_id = team.id)
                    select id from team""").param(user.userId()).query(Long.class).list();
            case DEPARTMENT -> usersIn(user, false);
            case DEPARTMENT_AND_CHILDREN -> usersIn(user, true);
        };
        return owners == null ? VisibleOwners.all()
                : new VisibleOwners(false, owners.stream().mapToLong(Long::longValue).toArray());
    }

    private List<Long> usersIn(QikeUser user, boolean withChildren) {
        if (user.departmentId() == null) return List.of(user.userId());
        String departments = withChildren ? """
                with recursive sub(id) as (select ?::bigint
                  union all select d.id from department d join sub on d.parent_id = sub.id) select id from sub"""
                : "select ?::bigint";
        List<Long> ids = jdbc.sql("select id from app_user where department_id in (" + departments + ") union select ?")
                .params(user.departmentId(), user.userId()).query(Long.class).list();
        return ids;
    }
}
