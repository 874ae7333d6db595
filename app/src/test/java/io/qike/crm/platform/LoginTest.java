package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LoginTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired io.qike.crm.platform.database.SystemDatabase system;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        TestTenant t = fixtures.tenant();
        Api api = new Api(port).language("en");
        String body = "{\"login\":\"" + t.login("rep1") + "\",\"password\":\"wrong\"}";
        for (int i = 0; i < 5; i++) {
            Api.Response r = api.post("/api/v1/auth/token", body);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("code").asString()).isEqualTo("bad_credentials");
        }
        Api.Response locked = api.post("/api/v1/auth/token", "{\"login\":\"" + t.login("rep1") + "\",\"password\":\"" + TestFixtures.PASSWORD + "\"}");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("code").asString()).isEqualTo("account_locked");
        assertThat(locked.json().get("title").asString()).contains("locked");
        // Other users are unaffected.
        assertThat(api.post("/api/v1/auth/token", "{\"login\":\"" + t.login("rep2") + "\",\"password\":\"" + TestFixtures.PASSWORD + "\"}").status())
                .isEqualTo(200);
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
}
