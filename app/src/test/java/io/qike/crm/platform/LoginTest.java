package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.Duration;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class LoginTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired io.qike.crm.platform.database.SystemDatabase system;

    /** All tests sign in from this machine's address: its count must not slow down the tests that follow. */
    @AfterEach
    void forgetThisAddress() {
        system.jdbc().sql("delete from login_attempt where key like 'address:%'").update();
    }

    @Test
    void wrongPasswordsSlowDownButNeverLockOutTheOwnerAndNeverStopTheirTokens() {
        TestTenant t = fixtures.tenant();
        Api personal = new Api(port).withToken(fixtures.as(t.rep1Id(), () -> tokens.issuePersonalToken("集成").token()));
        Api api = new Api(port).language("en");
        for (int i = 0; i < 5; i++) {
            Api.Response r = api.post("/api/v1/auth/token", credentials(t.login("rep1"), "wrong"));
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("code").asString()).isEqualTo("bad_credentials");
            assertThat(personal.get("/api/v1/customers").status()).as("personal token while guessed at").isEqualTo(200);
        }
        // The delay after five failures is a second: the right password works as soon as it has passed.
        Api.Response signedIn = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    Api.Response r = api.post("/api/v1/auth/token", credentials(t.login("rep1"), TestFixtures.PASSWORD));
                    assertThat(personal.get("/api/v1/customers").status()).as("personal token while throttled").isEqualTo(200);
                    return r;
                }, r -> r.status() == 200);
        assertThat(signedIn.json().get("failedAttemptsSinceLastSignIn").asInt()).isEqualTo(5);
        // Signing in cleared the count: one more wrong password does not make anyone wait.
        assertThat(api.post("/api/v1/auth/token", credentials(t.login("rep1"), "wrong")).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/token", credentials(t.login("rep1"), TestFixtures.PASSWORD)).status()).isEqualTo(200);
        // Other users are unaffected.
        assertThat(api.post("/api/v1/auth/token", credentials(t.login("rep2"), TestFixtures.PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void unknownAndKnownLoginsGetTheSameAnswersAlsoWhenThrottled() throws Exception {
        TestTenant t = fixtures.tenant();
        String known = t.login("manager");
        String unknown = t.prefix() + "-nobody";
        Api api = new Api(port).language("en");

        Api.Response knownBad = api.post("/api/v1/auth/token", credentials(known, "wrong"));
        Api.Response unknownBad = api.post("/api/v1/auth/token", credentials(unknown, "wrong"));
        assertThat(knownBad.status()).isEqualTo(401);
        assertThat(unknownBad.body()).isEqualTo(knownBad.body());
        assertThat(webFailure(known)).isEqualTo(webFailure(unknown)).isEqualTo("/login?error=bad");

        Api.Response knownThrottled = failUntilThrottled(api, known);
        Api.Response unknownThrottled = failUntilThrottled(api, unknown);
        assertThat(knownThrottled.status()).isEqualTo(429);
        assertThat(knownThrottled.json().get("code").asString()).isEqualTo("too_many_attempts");
        assertThat(unknownThrottled.body()).isEqualTo(knownThrottled.body());
        assertThat(webFailure(known)).isEqualTo(webFailure(unknown)).isEqualTo("/login?error=throttled");
        // Even the right password waits: it is not looked at.
        assertThat(api.post("/api/v1/auth/token", credentials(known, TestFixtures.PASSWORD)).body()).isEqualTo(knownThrottled.body());
    }

    @Test
    void oneAddressHasOneLimitForApiAndWebSignIns() throws Exception {
        TestTenant t = fixtures.tenant();
        RequestPostProcessor from = fromAddress("203.0.113." + (1 + new java.util.Random().nextInt(250)));
        // Many names guessed by the API from one address, each only once: no name is throttled, the address is.
        int status = 0;
        for (int i = 0; i < 200 && status != 429; i++) {
            status = mvc.perform(post("/api/v1/auth/token").with(from).contentType(MediaType.APPLICATION_JSON)
                    .content(credentials("guess-" + UUID.randomUUID(), "wrong"))).andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
        String web = mvc.perform(post("/login").with(from).with(csrf()).param("username", t.login("rep2"))
                .param("password", TestFixtures.PASSWORD)).andReturn().getResponse().getRedirectedUrl();
        assertThat(web).as("a web sign-in from the same address, even with the right password").isEqualTo("/login?error=throttled");
        String elsewhere = mvc.perform(post("/login").with(fromAddress("198.51.100.9")).with(csrf()).param("username", t.login("rep2"))
                .param("password", TestFixtures.PASSWORD)).andReturn().getResponse().getRedirectedUrl();
        assertThat(elsewhere).as("the same user from another address").isEqualTo("/");
    }

    private static RequestPostProcessor fromAddress(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theOwnerIsToldOfFailedAttemptsOnceAfterSigningIn() throws Exception {
        TestTenant t = fixtures.tenant();
        webFailure(t.login("rep2"));
        webFailure(t.login("rep2"));
        MvcResult signedIn = mvc.perform(formLogin("/login").user(t.login("rep2")).password(TestFixtures.PASSWORD)).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        Document home = Jsoup.parse(mvc.perform(get("/").session(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(home.select("#failed-sign-ins").text()).isEqualTo("上次登录以来有 2 次失败的登录尝试。如果不是您本人，请修改密码并告知管理员。");
        Document again = Jsoup.parse(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString());
        assertThat(again.select("#failed-sign-ins")).as("told once").isEmpty();
    }

    @Test
    void passwordsAreStoredHashedAndTokensAsDigests() {
        TestTenant t = fixtures.tenant();
        new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        JdbcClient owner = system.jdbc();
        String hash = owner.sql("select password_hash from app_user where id = ?").param(t.adminId()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestFixtures.PASSWORD);
        assertThat(owner.sql("select token_digest from api_token where user_id = ?").param(t.adminId()).query(String.class).list())
                .allSatisfy(d -> assertThat(d).hasSize(64).doesNotStartWith("qk_"));
    }

    /** Wrong passwords until the login name must wait; each counted failure doubles the wait, so this ends soon. */
    private static Api.Response failUntilThrottled(Api api, String login) {
        for (int i = 0; i < 30; i++) {
            Api.Response r = api.post("/api/v1/auth/token", credentials(login, "wrong"));
            if (r.status() != 401) return r;
        }
        throw new AssertionError("never throttled: " + login);
    }

    private String webFailure(String login) throws Exception {
        return mvc.perform(formLogin("/login").user(login).password("wrong")).andReturn().getResponse().getRedirectedUrl();
    }

    private static String credentials(String login, String password) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
    }
}
