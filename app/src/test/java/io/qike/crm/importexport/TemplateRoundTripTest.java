package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The template is what the import reads: download it, fill it in as a user would, import it. */
@IntegrationTest
class TemplateRoundTripTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired CustomFields customFields;
    TestTenant tenant;
    TestClients clients;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        clients = new TestClients(port, tokens, fixtures);
        fixtures.asRun(tenant.adminId(), () -> {
            customFields.define(CustomObject.CUSTOMER, "grade", "行业等级", FieldType.SINGLE_SELECT, List.of("金牌", "银牌"), true, false, true);
            customFields.define(CustomObject.CUSTOMER, "signed", "已签约", FieldType.BOOLEAN, List.of(), false, false, true);
            customFields.define(CustomObject.CONTACT, "hobby", "爱好", FieldType.TEXT, List.of(), false, false, true);
        });
    }

    @Test
    void theCustomerTemplateNamesEveryColumnAndExplainsTheAllowedValues() {
        ImportClient.Download template = clients.imports(tenant.adminId()).get("/api/v1/imports/template/CUSTOMER");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.disposition()).contains("attachment");
        List<String> header = Xlsx.read(template.body(), 0).get(0);
        assertThat(header).startsWith("客户名称*", "统一社会信用代码").contains("客户等级", "负责人账号", "行业等级*", "已签约");

        List<List<String>> help = Xlsx.read(template.body(), 1);
        assertThat(help.get(0)).containsExactly("列", "必填", "说明");
        assertThat(line(help, "客户等级").get(2)).contains("A 重点").contains("D 低");
        assertThat(line(help, "来源").get(2)).contains("展会");
        assertThat(line(help, "币种").get(2)).contains("人民币");
        assertThat(line(help, "行业等级*")).containsExactly("行业等级*", "是", "单选；可选值：金牌；银牌");
        assertThat(line(help, "已签约").get(2)).contains("填“是”或“否”");

        List<Object> filled = new ArrayList<>();
        for (String column : header) {
            filled.add(switch (column) {
                case "客户名称*" -> "模板导入有限公司";
                case "统一社会信用代码" -> Xlsx.code(41);
                case "客户等级" -> "B 普通";
                case "币种" -> "美元";
                case "注册资本（万元）" -> "1,000";
                case "行业等级*" -> "银牌";
                case "已签约" -> "是";
                case "负责人账号" -> tenant.login("rep2");
                default -> null;
            });
        }
        JsonNode job = clients.imports(tenant.adminId()).importFile("CUSTOMER", Xlsx.of(header, List.of(filled)));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");

        JsonNode c = clients.api(tenant.rep2Id()).get("/api/v1/customers").json().get("items").get(0);
        assertThat(c.get("name").asString()).isEqualTo("模板导入有限公司");
        assertThat(c.get("level").asString()).isEqualTo("B");
        assertThat(c.get("capitalCurrency").asString()).isEqualTo("USD");
        assertThat(c.get("registeredCapital").decimalValue()).isEqualByComparingTo("1000");
        assertThat(c.get("custom").get("grade").asString()).isEqualTo("银牌");
        assertThat(c.get("custom").get("signed").asBoolean()).isTrue();
    }

    @Test
    void anEnglishTemplateImportsForAChineseColleagueAndContactsFindTheirCustomer() {
        Api admin = clients.api(tenant.adminId());
        admin.post("/api/v1/customers", Api.json(Map.of("name", "英文模板客户有限公司", "custom", Map.of("grade", "金牌"))));
        ImportClient english = clients.imports(tenant.adminId()).language("en");
        List<String> header = Xlsx.read(english.get("/api/v1/imports/template/CONTACT").body(), 0).get(0);
        assertThat(header).startsWith("Name*", "Customer name", "Customer credit code").contains("爱好");

        List<Object> filled = new ArrayList<>();
        for (String column : header) {
            filled.add(switch (column) {
                case "Name*" -> "Li Lei";
                case "Customer name" -> "英文模板客户有限公司";
                case "爱好" -> "网球";
                default -> null;
            });
        }
        JsonNode job = clients.imports(tenant.adminId()).importFile("CONTACT", Xlsx.of(header, List.of(filled)));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        JsonNode contact = admin.get("/api/v1/contacts").json().get("items").get(0);
        assertThat(contact.get("customerName").asString()).isEqualTo("英文模板客户有限公司");
        assertThat(contact.get("custom").get("hobby").asString()).isEqualTo("网球");
    }

    private static List<String> line(List<List<String>> sheet, String column) {
        return sheet.stream().filter(r -> column.equals(r.get(0))).findFirst().orElseThrow();
    }
}
