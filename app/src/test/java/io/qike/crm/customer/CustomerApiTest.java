package io.qike.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CustomerApiTest {
    static final String VALID_CODE = "91310000MA1FL0XX0" + io.qike.crm.dedup.CreditCodes.checkChar("91310000MA1FL0XX0");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    TestTenant tenant;
    Api admin;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = new Api(port).login(tenant.login("admin"), TestFixtures.PASSWORD);
    }

    @Test
    void createsReadsPatchesAndDeletesACustomer() {
        Api.Response created = admin.post("/api/v1/customers", Api.json(Map.of("name", "上海盛鑫科技有限公司",
                "creditCode", VALID_CODE, "phone", "021-62345678", "registeredCapital", "5000", "establishedOn", "2010-03-03")));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("capitalCurrency").asString()).isEqualTo("CNY");

        Api.Response patched = admin.patch("/api/v1/customers/" + id, "{\"level\":\"A\",\"phone\":null}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("level").asString()).isEqualTo("A");
        assertThat(patched.json().has("phone")).isFalse();
        assertThat(admin.get("/api/v1/customers/" + id).json().get("name").asString()).isEqualTo("上海盛鑫科技有限公司");

        assertThat(admin.delete("/api/v1/customers/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void reportsEveryBadFieldInTheRequestLanguageAndWritesNothing() {
        Api.Response r = admin.language("en").post("/api/v1/customers", Api.json(Map.of("name", "",
                "creditCode", "913100000000000000", "email", "not-mail", "registeredCapital", "lots", "establishedOn", "2010-13-40")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("invalid_input");
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "creditCode", "email", "registeredCapital", "establishedOn");
        assertThat(r.json().get("errors").get(0).get("message").asString()).isNotBlank().doesNotContain("必填");
        assertThat(admin.language("zh-CN").get("/api/v1/customers").json().get("total").asLong()).isZero();

        Api.Response zh = admin.post("/api/v1/customers", "{\"name\": \"十二\", ");
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().get("title").asString()).contains("JSON");

        Api.Response wrongType = admin.post("/api/v1/customers", "{\"name\": 12}");
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void sameCreditCodeIsRefusedAndNamesTheExistingCustomer() {
        long first = admin.post("/api/v1/customers", Api.json(Map.of("name", "北京华彩文化传媒有限公司", "creditCode", VALID_CODE)))
                .json().get("id").asLong();
        Api.Response dup = admin.post("/api/v1/customers", Api.json(Map.of("name", "华彩传媒", "creditCode", VALID_CODE.toLowerCase())));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.json().get("code").asString()).isEqualTo("duplicate_credit_code");
        assertThat(dup.json().get("existingId").asLong()).isEqualTo(first);

        Api.Response similar = admin.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "北京华彩文化传媒（集团）股份有限公司")));
        assertThat(similar.status()).isEqualTo(201);
        assertThat(similar.json().get("similarCustomers").findValuesAsString("name")).contains("北京华彩文化传媒有限公司");

        // Neither equal nor contained once normalised, but alike (trigram similarity over 0.5): still caught.
        admin.post("/api/v1/customers", Api.json(Map.of("name", "上海盛鑫机电设备制造有限公司")));
        Api.Response alike = admin.post("/api/v1/customers", Api.json(Map.of("name", "上海盛鑫机电设备销售有限公司")));
        assertThat(alike.status()).isEqualTo(409);
        assertThat(alike.json().get("similarCustomers").findValuesAsString("name")).contains("上海盛鑫机电设备制造有限公司");
        Api.Response unlike = admin.post("/api/v1/customers", Api.json(Map.of("name", "广州恒远物流有限公司")));
        assertThat(unlike.status()).isEqualTo(201);
        assertThat(unlike.json().get("similarCustomers").findValuesAsString("name")).doesNotContain("上海盛鑫机电设备制造有限公司");
    }

    @Test
    void aSimilarNameIsNotSavedUntilTheCallerConfirmsItIsAnotherCompany() {
        long first = admin.post("/api/v1/customers", Api.json(Map.of("name", "杭州恒通物流有限公司"))).json().get("id").asLong();

        Api.Response refused = admin.language("en").post("/api/v1/customers", Api.json(Map.of("name", "杭州恒通物流（集团）股份有限公司")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("similar_names");
        assertThat(refused.json().get("title").asString()).contains("confirmSimilar");
        assertThat(refused.json().get("similarCustomers").get(0).get("id").asLong()).isEqualTo(first);
        assertThat(admin.get("/api/v1/customers").json().get("total").asLong()).isEqualTo(1);

        Api.Response confirmed = admin.post("/api/v1/customers?confirmSimilar=true",
                Api.json(Map.of("name", "杭州恒通物流（集团）股份有限公司")));
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(confirmed.json().get("similarCustomers").findValuesAsString("name")).containsExactly("杭州恒通物流有限公司");
        assertThat(admin.get("/api/v1/customers").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void searchFindsTwoCharacterKeywordsCreditCodePrefixesAndPhoneSuffixes() {
        admin.post("/api/v1/customers", Api.json(Map.of("name", "杭州盛鑫贸易有限公司", "phone", "0571-88886666")));
        admin.post("/api/v1/customers", Api.json(Map.of("name", "广州恒通物流有限公司", "creditCode", VALID_CODE)));
        assertThat(admin.get("/api/v1/customers?q=%E7%9B%9B%E9%91%AB").json().get("items").findValuesAsString("name"))
                .containsExactly("杭州盛鑫贸易有限公司");
        assertThat(admin.get("/api/v1/customers?q=91310000").json().get("items").findValuesAsString("name"))
                .containsExactly("广州恒通物流有限公司");
        assertThat(admin.get("/api/v1/customers?q=6666").json().get("items").findValuesAsString("name"))
                .containsExactly("杭州盛鑫贸易有限公司");
        assertThat(admin.get("/api/v1/customers?q=%E4%B8%8D%E5%AD%98%E5%9C%A8").json().get("total").asLong()).isZero();
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemJson() {
        Api.Response r = new Api(port).get("/api/v1/customers");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(new Api(port).withToken("qk_forged").get("/api/v1/customers").status()).isEqualTo(401);
    }
}
