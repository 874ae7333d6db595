package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Success / no-result / failure rules on each provider's body code, list fields and the configured messages. */
@IntegrationTest
class OutcomeRulesTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired Providers providers;
    @Autowired ApiInterfaceService interfaces;
    @Autowired CompanyDataSet companies;
    @Autowired FaultRegistry faults;
    TestTenant t;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        providers.as(t.adminId(), port);
    }

    @AfterEach
    void clearFaults() {
        faults.clear();
    }

    CallResult call(ApiInterface api, Connection c, Map<String, Object> params) {
        return providers.run(() -> interfaces.testCall(api.id(), c.id(), params));
    }

    @Test
    void qichachaStatus200IsSuccess201IsEmptyAndOtherCodesFailWithTheirMessage() {
        long connector = providers.connector("企查查");
        ApiInterface api = providers.qichachaBasic(connector);
        Connection c = providers.connection(connector, "/sandbox/qichacha", AuthScheme.QICHACHA_TOKEN, null,
                Providers.QCC_KEY, Providers.QCC_SECRET, null);
        Company company = companies.get(11);
        CallResult ok = call(api, c, Map.of("keyword", company.name()));
        assertThat(ok.status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(ok.providerCode()).isEqualTo("200");
        assertThat(ok.fields()).containsEntry("creditCode", company.creditCode())
                .containsEntry("startDate", company.establishedOn().toString());

        CallResult empty = call(api, c, Map.of("keyword", "不存在的企业名称有限公司"));
        assertThat(empty.status()).isEqualTo(FlowStatus.EMPTY);
        assertThat(empty.providerCode()).isEqualTo("201");
        assertThat(empty.fields()).isEmpty();

        faults.add(Fault.bodyCode(Provider.QICHACHA, Providers.QCC_KEY, "ECIV4/GetBasicDetailsByName", "208").times(1));
        CallResult failed = call(api, c, Map.of("keyword", company.name()));
        assertThat(failed.status()).isEqualTo(FlowStatus.FAILURE);
        assertThat(failed.code()).isEqualTo("provider_error");
        assertThat(failed.providerCode()).isEqualTo("208");
        assertThat(failed.providerMessage()).contains("此接口不支持此公司类型查询");
        assertThat(failed.message()).isEqualTo("此接口不支持此公司类型查询");
        assertThat(failed.response().body()).contains("\"Status\"");
    }

    @Test
    void tianyanchaErrorCode0And300000AndAListOfObjectsWithDates() {
        long connector = providers.connector("天眼查");
        ApiInterface search = providers.tianyanchaSearch(connector);
        Connection c = providers.connection(connector, "/sandbox/tianyancha", AuthScheme.HEADER_KEY, "Authorization",
                null, Providers.TYC_TOKEN, null);
        Company company = companies.get(3);
        CallResult ok = call(search, c, Map.of("keyword", company.name(), "size", 5));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(FlowStatus.SUCCESS);
        List<?> items = (List<?>) ok.fields().get("items");
        assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        Map<?, ?> first = (Map<?, ?>) items.get(0);
        assertThat(first.get("name")).isEqualTo(company.name());
        assertThat(first.get("establishedOn")).isEqualTo(company.establishedOn().toString());
        assertThat(ok.request().url()).contains("pageSize=5");

        CallResult none = call(search, c, Map.of("keyword", "完全没有这样的名字"));
        assertThat(none.status()).isEqualTo(FlowStatus.EMPTY);
        assertThat(none.providerCode()).isEqualTo("300000");
        assertThat(call(search, c, Map.of("keyword", "x y")).request().url()).doesNotContain("pageSize");
    }

    @Test
    void qixinStatus201IsEmptyAndHtmlOrBrokenJsonIsAnInvalidResponse() {
        long connector = providers.connector("启信宝");
        ApiInterface api = providers.qixinBasic(connector);
        Connection c = providers.connection(connector, "/sandbox/qixin", AuthScheme.QIXIN_SIGN, null, Providers.QX_KEY,
                Providers.QX_SECRET, Providers.limits(0, 10, 30, 0));
        assertThat(call(api, c, Map.of("keyword", "没有这家公司")).status()).isEqualTo(FlowStatus.EMPTY);

        faults.add(Fault.malformedJson(Provider.QIXIN, Providers.QX_KEY, "APIService/enterprise/getBasicInfo").times(1));
        CallResult broken = call(api, c, Map.of("keyword", companies.get(5).name()));
        assertThat(broken.status()).isEqualTo(FlowStatus.FAILURE);
        assertThat(broken.code()).isEqualTo("invalid_response");
        assertThat(broken.response().httpStatus()).isEqualTo(200);
    }
}
