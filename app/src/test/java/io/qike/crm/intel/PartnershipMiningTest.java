package io.qike.crm.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.intel.partnership.PartnershipPreview;
import io.qike.crm.intel.partnership.PartnershipResult;
import io.qike.crm.intel.partnership.PartnershipRun;
import io.qike.crm.intel.partnership.Relation;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.sandbox.data.CompanyDataSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 合作关系挖掘 now (synchronously) against the in-process sandbox. */
@IntegrationTest
class PartnershipMiningTest {
    @LocalServerPort int port;
    @Autowired IntelFixture intel;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired PartnershipMining mining;
    @Autowired CompanyDataSet data;
    IntelFixture.Ready r;

    @BeforeEach
    void setUp() {
        r = intel.tenant(port);
    }

    @Test
    void amongAHundredCompaniesEveryRelationTheSandboxHoldsIsFoundOnceWithNoCallOverTwentyNames() {
        List<String> names = SandboxRelations.connected(data, 100, 0);
        var expected = SandboxRelations.keysAmong(data, names);
        assertThat(expected).hasSizeGreaterThan(20);

        PartnershipResult result = fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(names, "test", null));
        assertThat(SandboxRelations.keys(result.relations())).isEqualTo(expected);
        assertThat(result.relations()).hasSize(expected.size()); // found by several calls, kept once
        assertThat(result.calls()).isEqualTo(result.plannedCalls());
        assertThat(result.plannedCalls()).isGreaterThanOrEqualTo(result.lowerBound()).isLessThan(result.naiveCalls());
        assertThat(intel.calls(r, IntelFixture.PARTNERSHIPS)).isEqualTo(result.plannedCalls());
        assertThat(intel.outcomes(r, IntelFixture.PARTNERSHIPS, "209")).isZero();
        assertThat(intel.outcomes(r, IntelFixture.PARTNERSHIPS, "202")).isZero();
        assertThat(result.requestIds()).hasSize(result.plannedCalls());
        assertThat(result.relations()).allMatch(x -> x.requestId() != null && result.requestIds().contains(x.requestId()));
    }

    @Test
    void namesWithBracketsAndChineseArriveIntactAndPastedRepeatsCountOnce() {
        List<String> bracketed = data.companies().stream().filter(c -> c.name().contains("（") || c.name().contains("("))
                .filter(c -> !data.relationsOf(c).isEmpty()).limit(3).map(c -> c.name()).toList();
        List<String> names = new ArrayList<>(bracketed);
        for (String b : bracketed) data.relationsOf(data.byCurrentName(b).orElseThrow()).forEach(x -> names.add(x.relatedCompanyName()));
        names.add(" " + names.get(0) + " ");
        var expected = SandboxRelations.keysAmong(data, names.stream().map(String::strip).distinct().toList());
        assertThat(expected).isNotEmpty();
        PartnershipResult result = fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(names, "test", null));
        assertThat(SandboxRelations.keys(result.relations())).isEqualTo(expected);
    }

    @Test
    void thePreviewPlansWithoutCallingAndAsksForConfirmationAboveTheThreshold() {
        List<String> names = SandboxRelations.connected(data, 100, 0);
        PartnershipPreview p = fixtures.as(r.tenant().rep1Id(), () -> mining.preview(names));
        assertThat(p.companies()).hasSize(100);
        assertThat(p.lowerBound()).isEqualTo(30);
        assertThat(p.plannedCalls()).isBetween(30, 45);
        assertThat(p.naiveCalls()).isEqualTo(45);
        assertThat(p.estimatedCost()).isEqualByComparingTo(new BigDecimal("0.50").multiply(BigDecimal.valueOf(p.plannedCalls())));
        assertThat(p.needsConfirmation()).isTrue();
        assertThat(fixtures.as(r.tenant().rep1Id(), () -> mining.preview(names.subList(0, 20))).needsConfirmation()).isFalse();
        assertThat(intel.calls(r, IntelFixture.PARTNERSHIPS)).isZero();
        assertThatThrownBy(() -> fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(names, "test", 10)))
                .isInstanceOf(ConflictException.class).hasMessage("calls_over_limit");
        assertThat(intel.calls(r, IntelFixture.PARTNERSHIPS)).isZero();
    }

    @Test
    void unsendableNamesAreValidationMessagesBeforeAnyCall() {
        assertThatThrownBy(() -> fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(List.of("甲", "乙方科技有限公司"), "test", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("companies[0]=too_short");
        assertThatThrownBy(() -> fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(List.of("甲方,乙方", "丙方公司"), "test", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("companies[0]=comma");
        assertThatThrownBy(() -> fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(List.of("甲方公司", " 甲方公司"), "test", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("companies=too_few");
        assertThat(intel.calls(r, IntelFixture.PARTNERSHIPS)).isZero();
    }

    @Test
    void noCompaniesAtAllIsRefusedAsSuchByTheServiceAndTheApi() {
        assertThatThrownBy(() -> fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(List.of(" ", ""), "test", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("companies=no_companies");
        Api api = new Api(port).login(r.tenant().login("rep1"), TestFixtures.PASSWORD);
        for (String body : List.of("{\"companies\":[]}", "{\"companies\":[\" \"]}", "{}")) {
            for (String path : List.of("/api/v1/intel/partnerships", "/api/v1/intel/partnership-plans")) {
                Api.Response res = api.post(path, body);
                assertThat(res.status()).as(path + " " + body).isEqualTo(400);
                assertThat(res.contentType()).startsWith("application/problem+json");
                JsonNode error = res.json().get("errors").get(0);
                assertThat(error.get("field").asString()).isEqualTo("companies");
                assertThat(error.get("code").asString()).isEqualTo("no_companies");
                assertThat(error.get("message").asString()).contains("没有要挖掘的企业");
            }
        }
        assertThat(intel.calls(r, IntelFixture.PARTNERSHIPS)).isZero();
    }

    @Test
    void aLaterRunShowsWhatChanged() {
        List<String> names = SandboxRelations.connected(data, 20, 100);
        intel.answer(r, IntelFixture.PARTNERSHIPS, "201", 1);
        PartnershipResult first = fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(names, "test", null));
        assertThat(first.relations()).isEmpty();
        PartnershipResult second = fixtures.as(r.tenant().rep1Id(), () -> mining.mineNow(names, "test", null));
        assertThat(second.relations()).isNotEmpty();
        assertThat(second.changes().previousRunId()).isEqualTo(first.runId());
        assertThat(SandboxRelations.keys(second.changes().added())).isEqualTo(SandboxRelations.keys(second.relations()));
        assertThat(second.changes().removed()).isEmpty();
        PartnershipRun stored = fixtures.as(r.tenant().rep1Id(), () -> mining.get(second.runId()));
        assertThat(stored.status()).isEqualTo(PartnershipRun.RunStatus.DONE);
        assertThat(stored.companies()).containsExactlyElementsOf(names);
    }

    @Test
    void theApiMinesAndAnswersRelationsCallsPlannedCallsAndTheLowerBound() {
        List<String> names = SandboxRelations.connected(data, 45, 200);
        Api api = new Api(port).login(r.tenant().login("rep1"), TestFixtures.PASSWORD);
        Api.Response res = api.post("/api/v1/intel/partnerships", Api.json(Map.of("companies", names)));
        assertThat(res.status()).as(res.body()).isEqualTo(200);
        JsonNode body = res.json();
        List<Relation> relations = new ArrayList<>();
        for (JsonNode x : body.get("relations")) {
            relations.add(new Relation(x.get("companyName").asString(), x.get("relatedCompanyName").asString(),
                    x.hasNonNull("amount") ? x.get("amount").decimalValue() : null, x.get("publicDate").asString(),
                    x.get("source").asString(), null));
        }
        assertThat(SandboxRelations.keys(relations)).isEqualTo(SandboxRelations.keysAmong(data, names));
        assertThat(body.get("calls").asInt()).isEqualTo(body.get("plannedCalls").asInt());
        assertThat(body.get("lowerBound").asInt()).isEqualTo(7); // ⌈45·⌈44/19⌉/20⌉
        assertThat(api.post("/api/v1/intel/partnerships", "{\"companies\":[\"甲\"]}").status()).isEqualTo(400);
    }
}
