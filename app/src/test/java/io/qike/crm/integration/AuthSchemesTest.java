package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every auth scheme signs exactly as its provider expects: the right credentials pass, wrong ones are rejected. */
@IntegrationTest
class AuthSchemesTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired Providers providers;
    @Autowired ApiInterfaceService interfaces;
    @Autowired CompanyDataSet companies;
    TestTenant t;
    String company;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        providers.as(t.adminId(), port);
        company = companies.get(7).name();
    }

    CallResult call(ApiInterface api, Connection c, Map<String, Object> params) {
        return providers.run(() -> interfaces.testCall(api.id(), c.id(), params));
    }

    @Test
    void qichachaTokenIsTheUpperCaseMd5OfKeyTimespanAndSecret() {
        long connector = providers.connector("企查查");
        ApiInterface api = providers.qichachaBasic(connector);
        Connection good = providers.connection(connector, "/sandbox/qichacha", AuthScheme.QICHACHA_TOKEN, null,
                Providers.QCC_KEY, Providers.QCC_SECRET, null);
        CallResult ok = call(api, good, Map.of("keyword", company));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(ok.fields()).containsEntry("name", company);
        assertThat(ok.request().headers()).extracting(NameValue::name).contains("Token", "Timespan");

        Connection wrong = providers.run(() -> providers.connections.create(new ConnectionDraft(connector, "错误密钥",
                providers.base("/sandbox/qichacha"), AuthScheme.QICHACHA_TOKEN, null, Providers.QCC_KEY, "not-the-secret", null, true)));
        CallResult refused = call(api, wrong, Map.of("keyword", company));
        assertThat(refused.status()).isEqualTo(FlowStatus.FAILURE);
        assertThat(refused.providerCode()).isEqualTo("107");
        assertThat(refused.attempts()).isEqualTo(1);
    }

    @Test
    void tianyanchaSendsTheRawTokenInAuthorization() {
        long connector = providers.connector("天眼查");
        ApiInterface api = providers.tianyanchaBaseInfo(connector);
        Connection good = providers.connection(connector, "/sandbox/tianyancha", AuthScheme.HEADER_KEY, "Authorization",
                null, Providers.TYC_TOKEN, null);
        CallResult ok = call(api, good, Map.of("keyword", company));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(ok.fields()).containsEntry("name", company);
        assertThat(ok.fields().get("establishedOn")).isEqualTo(companies.get(7).establishedOn().toString());

        Connection bearer = providers.connection(connector, "/sandbox/tianyancha", AuthScheme.BEARER, null, null, Providers.TYC_TOKEN, null);
        CallResult refused = call(api, bearer, Map.of("keyword", company));
        assertThat(refused.providerCode()).isEqualTo("300009");
        assertThat(refused.message()).isEqualTo("天眼查账号信息有误，请检查 Token");
    }

    @Test
    void qixinSignsAppkeyTimestampAndSecretWithMd5() {
        long connector = providers.connector("启信宝");
        ApiInterface api = providers.qixinBasic(connector);
        Connection good = providers.connection(connector, "/sandbox/qixin", AuthScheme.QIXIN_SIGN, null,
                Providers.QX_KEY, Providers.QX_SECRET, null);
        CallResult ok = call(api, good, Map.of("keyword", company));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(ok.fields()).containsEntry("name", company);

        Connection wrong = providers.run(() -> providers.connections.create(new ConnectionDraft(connector, "错误",
                providers.base("/sandbox/qixin"), AuthScheme.QIXIN_SIGN, null, Providers.QX_KEY, "wrong-secret", null, true)));
        assertThat(call(api, wrong, Map.of("keyword", company)).providerCode()).isEqualTo("101");
    }

    @Test
    void basicBearerQueryKeyAndNoneAgainstTheEcho() {
        long connector = providers.connector("回显");
        ApiInterface basic = providers.echo(connector, "/basic");
        ApiInterface bearer = providers.echo(connector, "/bearer");
        ApiInterface queryKey = providers.echo(connector, "/query-key");
        ApiInterface plain = providers.echo(connector, "/plain");
        String base = "/sandbox/test-echo";
        Connection basicOk = providers.connection(connector, base, AuthScheme.BASIC, null, EchoController.USER, EchoController.PASSWORD, null);
        Connection bearerOk = providers.connection(connector, base, AuthScheme.BEARER, null, null, EchoController.TOKEN, null);
        Connection keyOk = providers.connection(connector, base, AuthScheme.QUERY_KEY, "api_key", null, EchoController.API_KEY, null);
        Connection none = providers.connection(connector, base, AuthScheme.NONE, null, null, null, null);

        assertThat(call(basic, basicOk, Map.of()).status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(call(bearer, bearerOk, Map.of()).status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(call(queryKey, keyOk, Map.of()).status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(call(basic, bearerOk, Map.of()).providerCode()).isEqualTo("401");
        assertThat(call(bearer, basicOk, Map.of()).providerCode()).isEqualTo("401");
        assertThat(call(queryKey, none, Map.of()).providerCode()).isEqualTo("401");

        CallResult echoed = call(plain, none, Map.of("q", "北京 科技&有限"));
        assertThat(echoed.request().url()).contains("q=%E5%8C%97%E4%BA%AC%20%E7%A7%91%E6%8A%80%26%E6%9C%89%E9%99%90");
        assertThat(echoed.fields().get("query")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("q", "北京 科技&有限");
    }
}
