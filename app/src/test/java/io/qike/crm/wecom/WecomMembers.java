package io.qike.crm.wecom;

import io.qike.crm.platform.TenantContext;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.directory.Member;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members of the simulator's corp for the sign-in and notification tests, and the directory rows and bindings the
 * contacts sync and the binding page would make (written directly: those modules are not what is tested here).
 */
public final class WecomMembers {
    private final WeComState sandbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public WecomMembers(WeComState sandbox, JdbcClient jdbc, TransactionTemplate tx) {
        this.sandbox = sandbox;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Active members in the CRM app's visible range, in the order they joined (the order seats are given in). */
    public List<Member> visibleActive() {
        return sandbox.visibleMembers(sandbox.app(AppKind.APP)).stream().filter(Member::active).toList();
    }

    /** The seats that serve exactly the first {@code n} active visible members. */
    public int seatsFor(int n) {
        List<Member> visible = sandbox.visibleMembers(sandbox.app(AppKind.APP));
        return visible.indexOf(visibleActive().get(n - 1)) + 1;
    }

    /** As the contacts sync records a member of the visible range. */
    public void synced(long tenantId, String userid, boolean seated) {
        TenantContext.runAs(tenantId, () -> tx.executeWithoutResult(s -> jdbc.sql("""
                insert into wecom_member(userid, name, in_visible_range, seated) values (?, ?, true, ?)""")
                .params(userid, userid, seated).update()));
    }

    /** As an administrator binds the member to the Qike user. */
    public void bind(long tenantId, String userid, long userId) {
        synced(tenantId, userid, true);
        TenantContext.runAs(tenantId, () -> tx.executeWithoutResult(s -> jdbc.sql("insert into wecom_binding(userid, user_id) values (?, ?)")
                .params(userid, userId).update()));
    }
}
