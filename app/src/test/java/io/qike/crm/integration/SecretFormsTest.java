package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider that echoes a credential back escaped, encoded or as its header bytes arrived shows
 * •••• in its place: in the test-call result (page and API), the run log (page and API) and the
 * application's output, whichever form the echo took.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretFormsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired Providers providers;
    @Autowired MockMvc mvc;

    @Test
    void everyEchoedFormOfACredentialIsMasked(CapturedOutput output) throws Exception {
        TestTenant t = fixtures.tenant();
        providers.as(t.adminId(), port);
        QikeUser admin = fixtures.user(t.adminId());
        Api api = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        String tail = UUID.randomUUID().toString().substring(0, 8);
        String quoted = "KNOWN-SECRET-\"q\\z/ +&=*~é密-" + tail;
        String basic = "KNOWN-BASIC-" + tail + "/+?>";
        String header = "KNOWN-WIRE-密钥é-" + tail;
        String wire = "KNOWN-WIRE-??é-" + tail; // what the header bytes carry: only ISO-8859-1 survives

        long connector = providers.connector("回显");
        ApiInterface echo = providers.run(() -> providers.interfaces.create(new ApiInterfaceDraft(connector, "回显各种形式", "forms", null,
                "GET", "/forms", List.of(), List.of(), BodyType.NONE, null, List.of(),
                List.of(Providers.f("jackson", "$.jackson", ResultFieldType.STRING), Providers.f("base64", "$.base64", ResultFieldType.STRING)),
                new ResultRules("$.code", List.of("0"), List.of("201"), "$.message"), List.of())));
        String base = "/sandbox/test-echo";
        Connection byQuery = providers.connection(connector, base, AuthScheme.QUERY_KEY, "api_key", null, quoted, null);
        Connection byBasic = providers.connection(connector, base, AuthScheme.BASIC, null, EchoController.USER, basic, null);
        Connection byHeader = providers.connection(connector, base, AuthScheme.HEADER_KEY, "X-Echo-Key", null, header, null);

        List<String> forbidden = new ArrayList<>();
        for (String s : List.of(quoted, basic, header, wire)) forbidden.addAll(echoed(s));
        forbidden.add(Base64.getEncoder().encodeToString((EchoController.USER + ":" + basic).getBytes(StandardCharsets.UTF_8)));
        forbidden.add("KNOWN-WIRE-??");

        List<String> shown = new ArrayList<>(), bodies = new ArrayList<>();
        for (Connection c : List.of(byQuery, byBasic, byHeader)) {
            Api.Response result = api.post("/api/v1/integration/interfaces/" + echo.id() + "/test-call",
                    Api.json(Map.of("connectionId", c.id(), "params", Map.of())));
            JsonNode json = result.json();
            assertThat(json.get("status").asString()).as(result.body()).isEqualTo("SUCCESS");
            String body = json.get("response").get("body").asString();
            assertThat(body).startsWith("{\"code\":0,\"jackson\":\"••••\",\"php\":\"••••\",\"form\":\"••••\",\"url\":\"••••\","
                    + "\"base64\":\"••••\",\"base64url\":\"••••\"");
            assertThat(json.get("fields").get("jackson").asString()).isEqualTo("••••");
            shown.add(result.body());
            bodies.add(body);

            String page = mvc.perform(post("/admin/integration/interfaces/" + echo.id() + "/test").with(user(admin)).with(csrf())
                    .param("connectionId", "" + c.id())).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("••••");
            shown.add(page);
            shown.add(Jsoup.parse(page).text());
        }
        shown.addAll(bodies);
        assertThat(bodies.get(1)).endsWith(",\"basic\":\"Basic ••••\"}").doesNotContain("KNOWN");

        JsonNode runs = api.get("/api/v1/integration/runs").json();
        assertThat(runs.size()).isEqualTo(6);
        for (JsonNode run : runs) {
            Api.Response detail = api.get("/api/v1/integration/runs/" + run.get("id").asLong());
            shown.add(detail.body());
            shown.add(detail.json().get("nodes").get(0).get("call").get("response").get("body").asString());
            String page = mvc.perform(get("/admin/integration/runs/" + run.get("id").asLong()).with(user(admin)))
                    .andReturn().getResponse().getContentAsString();
            shown.add(page);
            shown.add(Jsoup.parse(page).text());
        }
        shown.add(output.getAll());

        for (String text : shown) {
            for (String form : forbidden) assertThat(text).doesNotContain(form);
        }
    }

    /** What the echo endpoint answers for a credential, each as it stands in the raw body. */
    private static List<String> echoed(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        String jackson = JSON.writeValueAsString(s);
        String form = URLEncoder.encode(s, StandardCharsets.UTF_8);
        return List.of(s, jackson.substring(1, jackson.length() - 1), EchoController.php(s), form, form.replace("+", "%20"),
                EchoController.lowerHex(form.replace("+", "%20")), Base64.getEncoder().encodeToString(bytes),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
