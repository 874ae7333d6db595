package io.qike.crm.support;

import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.TenantProvisioning;
import io.qike.crm.platform.security.UserAccounts;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates isolated enterprises and users for a test, and runs code as one of those users. */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixtures {

    /** An enterprise made for one test: its admin, a manager and two sales reps in two departments. */
    public record TestTenant(long tenantId, String prefix, long adminId, long managerId, long rep1Id, long rep2Id,
                             long salesDeptId, long otherDeptId, long salesRoleId) {
        public String login(String who) {
            return prefix + "-" + who;
        }
    }

    public static final String PASSWORD = "secret-pass-1";

    @Bean
    Fixtures fixtures(TenantProvisioning provisioning, UserAccounts accounts, JdbcClient jdbc, TransactionTemplate tx) {
        return new Fixtures(provisioning, accounts, jdbc, tx);
    }

    public static class Fixtures {
        private final TenantProvisioning provisioning;
        private final UserAccounts accounts;
        private final JdbcClient jdbc;
        private final TransactionTemplate tx;

        Fixtures(TenantProvisioning provisioning, UserAccounts accounts, JdbcClient jdbc, TransactionTemplate tx) {
            this.provisioning = provisioning;
            this.accounts = accounts;
            this.jdbc = jdbc;
            this.tx = tx;
        }

        /** admin (all), manager (department and below, of 销售部), rep1 and rep2 (self only; rep1 reports to manager). */
        public TestTenant tenant() {
            String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
            TenantProvisioning.NewTenant t = provisioning.create(prefix, "企业 " + prefix, prefix + "-admin", PASSWORD);
            return TenantContext.callAs(t.tenantId(), () -> tx.execute(s -> {
                long sales = jdbc.sql("insert into department(name, parent_id) values ('销售部', ?) returning id")
                        .param(t.headOfficeId()).query(Long.class).single();
                long other = jdbc.sql("insert into department(name, parent_id) values ('市场部', ?) returning id")
                        .param(t.headOfficeId()).query(Long.class).single();
                long manager = provisioning.user(prefix + "-manager", "王经理", sales, null, PASSWORD, t.managerRoleId());
                long rep1 = provisioning.user(prefix + "-rep1", "李销售", sales, manager, PASSWORD, t.salesRoleId());
                long rep2 = provisioning.user(prefix + "-rep2", "赵销售", other, null, PASSWORD, t.salesRoleId());
                return new TestTenant(t.tenantId(), prefix, t.adminUserId(), manager, rep1, rep2, sales, other, t.salesRoleId());
            }));
        }

        public QikeUser user(long userId) {
            return accounts.findById(userId).orElseThrow().withoutPassword();
        }

        /** Runs the work as the given user, as a request of theirs would. */
        public <T> T as(long userId, Callable<T> work) {
            QikeUser user = user(userId);
            var previous = SecurityContextHolder.getContext();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }

        public void asRun(long userId, Runnable work) {
            as(userId, () -> { work.run(); return null; });
        }

        public static List<String> allPermissions() {
            return Permission.codes(p -> true);
        }

        public static DataScope scope(String name) {
            return DataScope.valueOf(name);
        }
    }
}
