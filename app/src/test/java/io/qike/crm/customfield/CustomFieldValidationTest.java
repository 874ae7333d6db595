package io.qike.crm.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every custom field type accepts good values in stored form and refuses bad ones on its own field. */
@IntegrationTest
class CustomFieldValidationTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomFields fields;
    @Autowired CustomerService customers;
    TestTenant t;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        fixtures.asRun(t.adminId(), () -> {
            for (FieldType type : FieldType.values()) {
                fields.define(CustomObject.CUSTOMER, "f_" + type.name().toLowerCase(), type.name(), type,
                        type.hasOptions() ? List.of("甲", "乙", "丙") : List.of(), false, false, true);
            }
        });
    }

    @ParameterizedTest(name = "{0}: {1} is accepted as {2}")
    @CsvSource(delimiter = '|', value = {
            "TEXT|华东大区|华东大区", "LONG_TEXT|第一行 第二行|第一行 第二行", "NUMBER|42.5|42.5", "MONEY|1,234.5|1234.50",
            "DATE|2024-02-29|2024-02-29", "DATETIME|2024-02-29T08:30|2024-02-29T08:30", "SINGLE_SELECT|乙|乙",
            "MULTI_SELECT|甲,丙|[甲, 丙]", "PHONE|+86 21-5555-1234|+86 21-5555-1234", "EMAIL|sales@example.cn|sales@example.cn",
            "URL|https://qike.example.cn/a|https://qike.example.cn/a", "BOOLEAN|是|true"})
    void acceptsGoodValues(FieldType type, String input, String stored) {
        String code = "f_" + type.name().toLowerCase();
        long id = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named("字段测试 " + type).withCustom(Map.of(code, input))).id());
        Object value = fixtures.as(t.adminId(), () -> customers.get(id)).custom().get(code);
        String text = value instanceof BigDecimal || value instanceof Number ? new BigDecimal(value.toString()).toPlainString() : String.valueOf(value);
        assertThat(text).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0}: {1} is refused with {2}")
    @CsvSource(delimiter = '|', value = {
            "TEXT|LONG|too_long",
            "NUMBER|四十二|number", "MONEY|12元|number", "DATE|2023-02-29|date", "DATETIME|2024-02-29 8:30|datetime",
            "SINGLE_SELECT|丁|invalid_option", "MULTI_SELECT|甲,丁|invalid_option", "PHONE|call me|phone", "EMAIL|sales.example.cn|email",
            "URL|javascript:alert(1)|url", "BOOLEAN|也许|boolean"})
    void refusesBadValuesOnTheirField(FieldType type, String input, String problem) {
        String code = "f_" + type.name().toLowerCase();
        String value = "LONG".equals(input) ? "长".repeat(201) : input;
        assertThatThrownBy(() -> fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named("坏值 " + type).withCustom(Map.of(code, value)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("custom." + code, problem)));
        assertThat(fixtures.as(t.adminId(), () -> customers.search(io.qike.crm.customer.CustomerQuery.keyword("坏值")).total())).isZero();
    }

    @Test
    void requiredAndUniqueFlagsAreEnforcedAndUnknownFieldsRefused() {
        fixtures.asRun(t.adminId(), () -> {
            fields.define(CustomObject.CUSTOMER, "erp_no", "ERP 编号", FieldType.TEXT, List.of(), true, true, true);
            customers.create(CustomerDraft.named("甲公司").withCustom(Map.of("erp_no", "E-1")));
        });
        Map<String, Object> values = new HashMap<>(Map.of("erp_no", "E-1", "nonsense", "x"));
        assertThatThrownBy(() -> fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named("乙公司").withCustom(values))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactlyInAnyOrder("unique_taken", "unknown_field"));
        assertThatThrownBy(() -> fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named("丙公司"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("custom.erp_no"));
    }
}
