package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.audit.AuditEntry;
import io.qike.crm.platform.audit.AuditSearch;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.platform.database.SystemDatabase;
import io.qike.crm.platform.org.Role;
import io.qike.crm.platform.org.RoleService;
import io.qike.crm.platform.org.User;
import io.qike.crm.platform.org.UserForm;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AuditLogTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired AuditSearch audit;
    @Autowired ApiTokens tokens;
    @Autowired UserService users;
    @Autowired RoleService roles;
    @Autowired SystemDatabase system;

    @AfterEach
    void forgetThisAddress() {
        system.jdbc().sql("delete from login_attempt where key like 'address:%'").update();
    }

    @Test
    void signInsTokensPasswordResetsAndPermissionChangesAreInTheEnterpriseLogWithoutSecrets() {
        TestTenant t = fixtures.tenant();
        Api api = new Api(port);
        api.login(t.login("rep2"), TestFixtures.PASSWORD);
        for (int i = 0; i < 5; i++) api.post("/api/v1/auth/token", "{\"login\":\"" + t.login("rep2") + "\",\"password\":\"guess-" + i + "\"}");
        String secret = fixtures.as(t.rep1Id(), () -> tokens.issuePersonalToken("ERP 同步").token());
        long tokenId = fixtures.as(t.rep1Id(), tokens::mine).get(0).id();
        fixtures.asRun(t.rep1Id(), () -> tokens.revoke(tokenId));
        fixtures.asRun(t.adminId(), () -> {
            User u = users.get(t.rep2Id());
            UserForm form = new UserForm();
            form.setLogin(u.login());
            form.setDisplayName(u.displayName());
            form.setDepartmentId(u.departmentId());
            form.setStatus(u.status());
            form.setRoleIds(u.roleIds());
            form.setPassword("a-new-password-2");
            users.update(u.id(), form);
            Role sales = roles.get(t.salesRoleId());
            Set<String> fewer = new TreeSet<>(sales.permissions());
            fewer.remove(Permission.CUSTOMER_EXPORT.code());
            roles.update(sales.id(), sales.name(), sales.dataScope(), fewer);
        });

        List<AuditEntry> entries = fixtures.as(t.adminId(), () -> audit.search(null, null, null, 0, 50));
        assertThat(entries).extracting(e -> e.action() + " " + e.objectType() + " " + e.objectName()).contains(
                "LOGIN USER " + t.login("rep2"), "LOGIN_FAILED USER " + t.login("rep2"), "LOGIN_THROTTLED USER " + t.login("rep2"),
                "CREATE API_TOKEN ERP 同步", "REVOKE API_TOKEN ERP 同步", "PASSWORD_RESET USER " + t.login("rep2"),
                "UPDATE ROLE " + fixtures.as(t.adminId(), () -> roles.get(t.salesRoleId()).name()));
        assertThat(entries).filteredOn(e -> e.action().equals("LOGIN_FAILED")).hasSize(5)
                .allSatisfy(e -> assertThat(e.changes()).contains("address"));
        assertThat(entries).filteredOn(e -> e.action().equals("UPDATE") && e.objectType().equals("ROLE")).singleElement()
                .satisfies(e -> assertThat(e.changes()).contains(Permission.CUSTOMER_EXPORT.code()));
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.changes()) + e.objectName())
                .doesNotContain("guess-", TestFixtures.PASSWORD, "a-new-password-2", secret));
    }

    @Test
    void recordsWhoChangedWhichFieldFromWhatToWhat() {
        TestTenant t = fixtures.tenant();
        long id = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("审计测试有限公司")).id());
        fixtures.asRun(t.rep1Id(), () -> {
            CustomerDraft d = customers.draftOf(customers.get(id));
            customers.update(id, d.toBuilder().legalRepresentative("张三").phone("021-55556666").level("B").build());
        });
        List<AuditEntry> entries = fixtures.as(t.adminId(), () -> audit.search("审计测试", "CUSTOMER", null, 0, 10));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
        assertThat(entries.get(0).userName()).isEqualTo("李销售");
        assertThat(entries.get(0).changes()).contains("\"legalRepresentative\": {\"after\": \"张三\", \"before\": null}")
                .contains("\"level\"").doesNotContain("\"name\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> audit.search(null, null, null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
