package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.platform.org.Role;
import io.qike.crm.platform.org.RoleService;
import io.qike.crm.platform.org.User;
import io.qike.crm.platform.org.UserForm;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An open web session and the API tokens of a user follow what an admin does to the account, on the next request. */
@IntegrationTest
class SessionFollowsAccountTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired UserService users;
    @Autowired RoleService roles;
    @Autowired ApiTokens tokens;

    @Test
    void disablingAUserEndsTheirOpenWebSessionAndTheirApiSessionToken() throws Exception {
        TestTenant t = fixtures.tenant();
        MockHttpSession session = webLogin(t.login("rep1"));
        Api api = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers").status()).isEqualTo(200);

        edit(t, t.rep1Id(), f -> f.setStatus("DISABLED"));

        MvcResult refused = mvc.perform(get("/customers").session(session)).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).as("open web session").isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
        Api.Response byToken = api.post("/api/v1/customers", "{\"name\":\"停用之后有限公司\"}");
        assertThat(byToken.status()).as("API session token").isEqualTo(401);
        assertThat(byToken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPermissionRemovedFromTheRoleIsRefusedOnTheNextRequestAndGrantedAgainWithoutSigningInAgain() throws Exception {
        TestTenant t = fixtures.tenant();
        MockHttpSession session = webLogin(t.login("rep1"));
        Api api = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers").status()).isEqualTo(200);

        setCustomerView(t, false);
        assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getStatus()).as("web").isEqualTo(403);
        assertThat(api.get("/api/v1/customers").status()).as("API").isEqualTo(403);

        setCustomerView(t, true);
        assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getStatus()).as("web").isEqualTo(200);
        assertThat(api.get("/api/v1/customers").status()).as("API").isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void anAdminResettingThePasswordEndsTheWebSessionTheSessionTokenAndThePersonalTokens() throws Exception {
        TestTenant t = fixtures.tenant();
        MockHttpSession session = webLogin(t.login("rep1"));
        Api bySessionToken = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        Api byPersonalToken = new Api(port).withToken(fixtures.as(t.rep1Id(), () -> tokens.issuePersonalToken("ERP 同步").token()));
        assertThat(byPersonalToken.get("/api/v1/customers").status()).isEqualTo(200);
        assertThat(bySessionToken.get("/api/v1/customers").status()).isEqualTo(200);

        edit(t, t.rep1Id(), f -> f.setPassword("a-new-password-2"));

        assertThat(mvc.perform(get("/customers").session(session)).andReturn().getResponse().getRedirectedUrl())
                .as("web session").isEqualTo("/login?expired");
        assertThat(bySessionToken.get("/api/v1/customers").status()).as("session token").isEqualTo(401);
        assertThat(byPersonalToken.get("/api/v1/customers").status()).as("personal token").isEqualTo(401);
        assertThat(fixtures.as(t.rep1Id(), tokens::mine)).as("personal tokens listed").isEmpty();
        assertThat(new Api(port).login(t.login("rep1"), "a-new-password-2").get("/api/v1/customers").status())
                .as("the new password").isEqualTo(200);
    }

    private void setCustomerView(TestTenant t, boolean granted) {
        fixtures.asRun(t.adminId(), () -> {
            Role role = roles.get(t.salesRoleId());
            TreeSet<String> permissions = new TreeSet<>(role.permissions());
            if (granted) permissions.add(Permission.CUSTOMER_VIEW.code()); else permissions.remove(Permission.CUSTOMER_VIEW.code());
            roles.update(role.id(), role.name(), role.dataScope(), permissions);
        });
    }

    private void edit(TestTenant t, long userId, Consumer<UserForm> change) {
        fixtures.asRun(t.adminId(), () -> {
            User u = users.get(userId);
            UserForm form = new UserForm();
            form.setLogin(u.login());
            form.setDisplayName(u.displayName());
            form.setMobile(u.mobile());
            form.setEmail(u.email());
            form.setDepartmentId(u.departmentId());
            form.setManagerId(u.managerId());
            form.setStatus(u.status());
            form.setRoleIds(u.roleIds());
            change.accept(form);
            users.update(userId, form);
        });
    }

    private MockHttpSession webLogin(String login) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(login).password(TestFixtures.PASSWORD)).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as("web login").isEqualTo("/");
        return (MockHttpSession) r.getRequest().getSession(false);
    }
}
