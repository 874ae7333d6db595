package io.qike.crm.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.qike.crm.intel.clients.CompanyClients;
import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.intel.partnership.PartnershipResult;
import io.qike.crm.intel.partnership.PartnershipRun;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.registry.ProviderCodes;
import io.qike.crm.registry.ProviderFailure;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import io.qike.sandbox.qichacha.QichachaDialect;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * Every status code of both documents' tables, forced on each interface: 201 is an empty result, 205/120 are
 * retried with back-off, 209 is our bug, 213 a validation message, every other code an error with 企查查's message.
 */
@IntegrationTest
class QichachaStatusCodesTest {
    @LocalServerPort int port;
    @Autowired IntelFixture intel;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CompanyClients customersOf;
    @Autowired PartnershipMining mining;
    @Autowired CompanyDataSet data;
    @Autowired QichachaDialect dialect;
    @Autowired MessageSource messages;
    IntelFixture.Ready r;
    Company company;
    List<String> pair;

    @BeforeEach
    void setUp() {
        r = intel.tenant(port);
        company = data.companies().stream().filter(c -> !data.customersOf(c).isEmpty() && !data.relationsOf(c).isEmpty()).findFirst().orElseThrow();
        pair = List.of(company.name(), data.relationsOf(company).get(0).relatedCompanyName());
    }

    <T> T asRep(Callable<T> work) {
        return fixtures.as(r.tenant().rep1Id(), work);
    }

    List<String> errorCodes() {
        // Every code of the documents but the empty answer, the busy ones and the two intel reads on its own (209, 213).
        return ProviderCodes.QICHACHA_RELATION_CODES.stream().filter(c -> !c.equals("201") && !c.equals(ProviderCodes.QICHACHA_TOO_SHORT)
                && !c.equals(ProviderCodes.QICHACHA_TOO_MANY_COMPANIES) && !ProviderCodes.find(RegistryProvider.QICHACHA, c).retryable()).toList();
    }

    @Test
    void everyErrorCodeOfTheTablesIsAnErrorWithTheClearMessageAndTheProvidersOwn() {
        assertThat(errorCodes()).hasSize(31).contains("101", "121", "199", "203", "214", "223", "500", "202", "215", "105", "110");
        for (String code : errorCodes()) {
            intel.answer(r, IntelFixture.CUSTOMERS, code, 1);
            check(code, catchThrowableOfType(ProviderFailure.class, () -> asRep(() -> customersOf.of(company.name(), null, true))));
            intel.answer(r, IntelFixture.PARTNERSHIPS, code, 1);
            check(code, catchThrowableOfType(ProviderFailure.class, () -> asRep(() -> mining.mineNow(pair, "test", null))));
        }
        assertThat(asRep(() -> mining.recent(100))).hasSize(errorCodes().size())
                .allMatch(run -> run.status() == PartnershipRun.RunStatus.FAILED && run.error() != null);
    }

    private void check(String code, ProviderFailure f) {
        assertThat(f).as(code).isNotNull();
        assertThat(f.code()).isEqualTo("provider_error");
        assertThat(f.providerCode()).isEqualTo(code);
        assertThat(f.providerMessage()).isEqualTo(dialect.codes().get(code));
        assertThat(f.clearMessage()).isEqualTo(messages.getMessage(ProviderCodes.messageKey(RegistryProvider.QICHACHA, code), null, LocaleContextHolder.getLocale()));
        assertThat(f.retryable()).isFalse();
        assertThat(f.httpStatus()).isEqualTo(502);
    }

    @Test
    void noResultIsAnEmptyAnswerNotAnError() {
        intel.answer(r, IntelFixture.CUSTOMERS, "201", 1);
        assertThat(asRep(() -> customersOf.of(company.name(), null, true)).items()).isEmpty();
        intel.answer(r, IntelFixture.PARTNERSHIPS, "201", 1);
        PartnershipResult result = asRep(() -> mining.mineNow(pair, "test", null));
        assertThat(result.relations()).isEmpty();
        assertThat(asRep(() -> mining.get(result.runId())).status()).isEqualTo(PartnershipRun.RunStatus.DONE);
    }

    @Test
    void busyIsRetriedWithBackOffUntilItClears() {
        for (String code : List.of("205", "120")) {
            r = intel.tenant(port); // busy answers count against the connection's circuit breaker: one connection per code
            intel.answer(r, IntelFixture.CUSTOMERS, code, 1);
            assertThat(asRep(() -> customersOf.of(company.name(), null, true)).items()).isNotEmpty();
            // Four busy answers: more than the integration centre's own retries (3 attempts), so the run waits and asks again.
            intel.answer(r, IntelFixture.PARTNERSHIPS, code, 4);
            assertThat(asRep(() -> mining.mineNow(pair, "test", null)).relations()).isNotEmpty();
            assertThat(intel.outcomes(r, IntelFixture.PARTNERSHIPS, code)).isEqualTo(4);
        }
    }

    @Test
    void busyThatDoesNotClearIsARetryableFailure() {
        intel.answer(r, IntelFixture.PARTNERSHIPS, "205", 1000);
        ProviderFailure f = catchThrowableOfType(ProviderFailure.class, () -> asRep(() -> mining.mineNow(pair, "test", null)));
        // Still busy after every back-off, or the connection's circuit breaker opened on the busy answers first.
        assertThat(f.code()).isIn("provider_busy", "circuit_open");
        assertThat(f.retryable()).isTrue();
        assertThat(f.httpStatus()).isEqualTo(503);
        intel.clearFaults(r);
    }

    @Test
    void tooManyCompaniesNeverHappensByPlanAndIsReportedAsOurOwnFault() {
        intel.answer(r, IntelFixture.PARTNERSHIPS, "209", 1);
        ProviderFailure f = catchThrowableOfType(ProviderFailure.class, () -> asRep(() -> mining.mineNow(pair, "test", null)));
        assertThat(f.code()).isEqualTo("plan_violation");
        assertThat(f.httpStatus()).isEqualTo(500);
    }

    @Test
    void aParameterShorterThanTwoIsAValidationMessage() {
        intel.answer(r, IntelFixture.CUSTOMERS, "213", 1);
        assertThatThrownBy(() -> asRep(() -> customersOf.of(company.name(), null, true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("company=too_short");
        intel.answer(r, IntelFixture.PARTNERSHIPS, "213", 1);
        assertThatThrownBy(() -> asRep(() -> mining.mineNow(pair, "test", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("companies=too_short");
    }

    @Test
    void theApiAnswersProblemDetailsWithTheProvidersCodeAndMessage() {
        Api api = new Api(port).login(r.tenant().login("rep1"), TestFixtures.PASSWORD);
        intel.answer(r, IntelFixture.CUSTOMERS, "101", 1);
        Api.Response res = api.get("/api/v1/intel/customers-of?refresh=true&company=" + URLEncoder.encode(company.name(), StandardCharsets.UTF_8));
        assertThat(res.status()).isEqualTo(502);
        assertThat(res.contentType()).startsWith("application/problem+json");
        JsonNode p = res.json();
        assertThat(p.get("code").asString()).isEqualTo("provider_error");
        assertThat(p.get("providerCode").asString()).isEqualTo("101");
        assertThat(p.get("providerMessage").asString()).isEqualTo("【无效请求】当前的KEY无效或者还未生效中");
        assertThat(p.get("detail").asString()).contains("KEY");
        assertThat(p.get("runId").asLong()).isPositive();

        intel.answer(r, IntelFixture.PARTNERSHIPS, "205", 1000);
        Api.Response busy = api.post("/api/v1/intel/partnerships", Api.json(Map.of("companies", pair)));
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.json().get("retryable").asBoolean()).isTrue();
        intel.clearFaults(r);
    }
}
