package io.qike.sandbox.data;

import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** One company, three providers: the same facts, each in its provider's format. */
class SameFactsAcrossProvidersTest extends SandboxHttpSupport {

    @Test
    void sameCompanySameFacts() {
        Company c = first(x -> x.name().contains("（") && x.currency().equals("人民币"));
        JsonNode qcc = client.qichacha("/ECIV4/GetBasicDetailsByName", params("keyword", c.name())).json().get("Result");
        JsonNode tyc = client.tianyancha("/services/open/ic/baseinfo/normal", params("keyword", c.name())).json().get("result");
        JsonNode qx = client.qixin("/APIService/enterprise/getBasicInfo", params("keyword", c.name())).json().get("data");

        assertThat(qcc.get("CreditCode").asString()).isEqualTo(tyc.get("creditCode").asString()).isEqualTo(qx.get("credit_no").asString());
        assertThat(qcc.get("OperName").asString()).isEqualTo(tyc.get("legalPersonName").asString()).isEqualTo(qx.get("oper_name").asString());
        assertThat(qcc.get("Address").asString()).isEqualTo(tyc.get("regLocation").asString()).isEqualTo(qx.get("address").asString());
        assertThat(qcc.get("Status").asString()).isEqualTo(tyc.get("regStatus").asString()).isEqualTo(qx.get("status").asString());
        assertThat(qcc.get("No").asString()).isEqualTo(tyc.get("regNumber").asString()).isEqualTo(qx.get("reg_no").asString());

        // capital: 企查查 "…万人民币元", 天眼查 and 启信宝 "…万人民币"
        assertThat(qcc.get("RegistCapi").asString()).isEqualTo(tyc.get("regCapital").asString() + "元");
        assertThat(tyc.get("regCapital").asString()).isEqualTo(qx.get("regist_capi").asString());

        // founding date: "yyyy-MM-ddT00:00:00", epoch millis (China midnight), "yyyy-MM-dd"
        LocalDate fromTyc = Instant.ofEpochMilli(tyc.get("estiblishTime").asLong()).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        assertThat(qcc.get("StartDate").asString()).isEqualTo(fromTyc + "T00:00:00");
        assertThat(qx.get("start_date").asString()).isEqualTo(fromTyc.toString());
    }
}
