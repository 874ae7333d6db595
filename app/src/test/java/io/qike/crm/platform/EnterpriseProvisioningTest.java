package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.platform.operator.TenantCommand;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The operator creates, lists, disables and enables enterprises, by the operator API and by the
 * {@code tenant} command; a disabled enterprise's users cannot log in, and their tokens and open
 * sessions stop working at once.
 */
@IntegrationTest
class EnterpriseProvisioningTest {
    static final String OPERATOR_TOKEN = "test-operator-token";
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TenantCommand command;
    @Autowired TestFixtures.Fixtures fixtures;

    @Test
    void theOperatorCreatesAnEnterpriseWhoseAdminCanWorkAndDisablingItShutsThemOut() throws Exception {
        Api operator = new Api(port).withToken(OPERATOR_TOKEN);
        String code = code();
        Api.Response created = operator.post("/api/v1/operator/tenants",
                "{\"code\":\"" + code + "\",\"name\":\"新开企业有限公司\",\"adminLogin\":\"" + code + "-boss\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("enterprise").get("code").asString()).isEqualTo(code);
        assertThat(created.json().get("enterprise").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.json().get("enterprise").get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(created.json().get("adminLogin").asString()).isEqualTo(code + "-boss");
        String password = created.json().get("adminPassword").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(codes(operator.get("/api/v1/operator/tenants").json())).contains(code);

        Api admin = new Api(port).login(code + "-boss", password);
        assertThat(admin.post("/api/v1/customers", "{\"name\":\"新开企业的客户有限公司\"}").status()).isEqualTo(201);
        MockHttpSession session = webLogin(code + "-boss", password);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        Api.Response disabled = operator.post("/api/v1/operator/tenants/" + code + "/disable", "");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("status").asString()).isEqualTo("DISABLED");
        assertThat(admin.get("/api/v1/customers").status()).as("token of a disabled enterprise").isEqualTo(401);
        Api.Response login = new Api(port).language("en").post("/api/v1/auth/token", credentials(code + "-boss", password));
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.json().get("code").asString()).isEqualTo("account_disabled");
        MvcResult refused = mvc.perform(get("/customers").session(session)).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).as("open session").isEqualTo("/login?error=disabled");
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.perform(formLogin("/login").user(code + "-boss").password(password)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error=disabled");

        Api.Response enabled = operator.post("/api/v1/operator/tenants/" + code + "/enable", "");
        assertThat(enabled.json().get("status").asString()).isEqualTo("ACTIVE");
        Api again = new Api(port).login(code + "-boss", password);
        assertThat(again.get("/api/v1/customers").json().get("total").asLong()).isEqualTo(1);
        assertThat(mvc.perform(get("/").session(webLogin(code + "-boss", password))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void theOperatorApiChecksWhatItIsGiven() {
        Api operator = new Api(port).withToken(OPERATOR_TOKEN).language("en");
        String code = code();
        Api.Response bad = operator.post("/api/v1/operator/tenants",
                "{\"code\":\"Bad Code\",\"name\":\" \",\"adminLogin\":\"a b\",\"adminPassword\":\"short\",\"timeZone\":\"Mars/Base\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad.json())).containsEntry("code", "tenant_code").containsEntry("name", "required")
                .containsEntry("adminLogin", "login_chars").containsEntry("adminPassword", "password_short")
                .containsEntry("timeZone", "time_zone");

        String body = "{\"code\":\"" + code + "\",\"name\":\"甲\",\"adminLogin\":\"" + code + "-admin\",\"adminPassword\":\"" + TestFixtures.PASSWORD + "\"}";
        Api.Response first = operator.post("/api/v1/operator/tenants", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().has("adminPassword")).as("a given password is not echoed").isFalse();
        Api.Response again = operator.post("/api/v1/operator/tenants", body);
        assertThat(again.status()).isEqualTo(400);
        assertThat(fields(again.json())).containsEntry("code", "code_taken").containsEntry("adminLogin", "login_taken");
        assertThat(operator.post("/api/v1/operator/tenants/no-such-" + code + "/disable", "").status()).isEqualTo(404);
    }

    @Test
    void onlyTheOperatorTokenOpensTheOperatorApi() throws Exception {
        TestFixtures.TestTenant t = fixtures.tenant();
        assertThat(new Api(port).get("/api/v1/operator/tenants").status()).isEqualTo(401);
        Api.Response wrong = new Api(port).withToken("test-operator-tokem").get("/api/v1/operator/tenants");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        Api tenantAdmin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        assertThat(tenantAdmin.get("/api/v1/operator/tenants").status()).as("a tenant admin's token").isEqualTo(401);
        assertThat(tenantAdmin.post("/api/v1/operator/tenants/" + t.prefix() + "/disable", "").status()).isEqualTo(401);
        MockHttpSession session = webLogin(t.login("admin"), TestFixtures.PASSWORD);
        assertThat(mvc.perform(get("/api/v1/operator/tenants").session(session)).andReturn().getResponse().getStatus())
                .as("a tenant admin's session").isEqualTo(401);
        assertThat(tenantAdmin.get("/api/v1/customers").status()).as("the tenant is untouched").isEqualTo(200);
    }

    @Test
    void theCommandCreatesListsDisablesAndEnablesEnterprises() {
        String code = code();
        Run create = run("tenant", "create", "--code", code, "--name", "命令行企业", "--admin-login", code + "-admin",
                "--time-zone=Asia/Urumqi");
        assertThat(create.exit()).as(create.err()).isEqualTo(TenantCommand.OK);
        // The last line shows the generated password after its label.
        String[] lines = create.out().strip().split("\\R");
        String generated = lines[lines.length - 1].replaceFirst("^.*[:：]\\s*", "");
        assertThat(generated).as(create.out()).hasSize(16);
        Api admin = new Api(port).login(code + "-admin", generated);

        Run list = run("tenant", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains(code + "\t命令行企业\t").contains("Asia/Urumqi");

        assertThat(run("tenant", "disable", "--code", code).exit()).isZero();
        assertThat(admin.get("/api/v1/customers").status()).isEqualTo(401);
        assertThat(new Api(port).post("/api/v1/auth/token", credentials(code + "-admin", generated)).status()).isEqualTo(401);
        assertThat(run("tenant", "enable", "--code", code).exit()).isZero();
        assertThat(new Api(port).login(code + "-admin", generated).get("/api/v1/customers").status()).isEqualTo(200);

        Run given = run("tenant", "create", "--code", code + "-2", "--name", "二号", "--admin-login", code + "-admin2",
                "--admin-password", TestFixtures.PASSWORD);
        assertThat(given.exit()).isZero();
        assertThat(given.out()).doesNotContain(TestFixtures.PASSWORD);
        new Api(port).login(code + "-admin2", TestFixtures.PASSWORD);
    }

    @Test
    void theCommandRefusesBadArgumentsAndBadInput() {
        for (List<String> args : List.of(List.of("tenant"), List.of("tenant", "drop"), List.of("tenant", "create", "--code", "x"),
                List.of("tenant", "disable", "--code"), List.of("tenant", "list", "--all", "yes"),
                List.of("tenant", "enable", "--code", "a", "--code", "b"))) {
            Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).as(args.toString()).isEqualTo(TenantCommand.USAGE);
            assertThat(r.err()).as(args.toString()).contains("tenant create --code <code>");
        }
        Run invalid = run("tenant", "create", "--code", "1x", "--name", "n", "--admin-login", "x y");
        assertThat(invalid.exit()).isEqualTo(TenantCommand.FAILED);
        assertThat(invalid.err()).contains("--code").contains("--admin-login");
        assertThat(run("tenant", "disable", "--code", "no-such-" + code()).exit()).isEqualTo(TenantCommand.FAILED);
    }

    @Test
    void theOperatorApiIsInTheOpenApiDocument() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        assertThat(paths.get("/api/v1/operator/tenants").get("post").get("summary").asString()).startsWith("Create an enterprise");
        assertThat(paths.get("/api/v1/operator/tenants").get("get").get("summary").asString()).isNotBlank();
        assertThat(paths.get("/api/v1/operator/tenants/{code}/disable").get("post").get("summary").asString()).startsWith("Disable");
        assertThat(paths.get("/api/v1/operator/tenants/{code}/enable").get("post").get("summary").asString()).startsWith("Enable");
    }

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private MockHttpSession webLogin(String login, String password) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(login).password(password)).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as("web login").isEqualTo("/");
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    private static String code() {
        return "e" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String credentials(String login, String password) {
        return Api.json(Map.of("login", login, "password", password));
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new java.util.ArrayList<>();
        list.forEach(n -> codes.add(n.get("code").asString()));
        return codes;
    }

    private static Map<String, String> fields(JsonNode problem) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        problem.get("errors").forEach(e -> out.put(e.get("field").asString(), e.get("code").asString()));
        return out;
    }
}
