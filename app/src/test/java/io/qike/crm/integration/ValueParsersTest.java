package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.integration.values.Dates;
import io.qike.crm.integration.flow.Expressions;
import io.qike.crm.integration.values.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates, money and the expression language, without Spring. */
class ValueParsersTest {

    @Test
    void datesAsProvidersSendThem() {
        for (Object v : List.of("2001-06-05", "2001-06-05 00:00:00.0", "2001-06-05T00:00:00", "2001/6/5", "2001年6月5日", "20010605",
                991670400000L, "991670400000")) {
            assertThat(Dates.format(v)).as(String.valueOf(v)).isEqualTo("2001-06-05");
        }
        assertThat(Dates.format("not a date")).isNull();
        assertThat(Dates.format("2001-02-30")).isNull();
    }

    @Test
    void registeredCapital() {
        assertThat(Money.parse("5000万人民币")).isEqualTo(new Money.Amount(new BigDecimal("5000"), "CNY", "万"));
        assertThat(Money.parse("5000万人民币元").currency()).isEqualTo("CNY");
        assertThat(Money.parse("100万美元")).isEqualTo(new Money.Amount(new BigDecimal("100"), "USD", "万"));
        assertThat(Money.parse("1,234.5万元").amount()).isEqualByComparingTo("1234.5");
        assertThat(Money.parse("500万港元").currency()).isEqualTo("HKD");
        assertThat(Money.parse("300")).isEqualTo(new Money.Amount(new BigDecimal("300"), "CNY", ""));
        assertThat(Money.parse("若干")).isNull();
        assertThat(Money.parse("100万火星币")).isNull();
    }

    @Test
    void expressions() {
        Map<String, Object> scope = Map.of("a", "甲", "n", new BigDecimal("3.50"), "call", Map.of("items", List.of(Map.of("name", "一"),
                Map.of("name", "二")), "cap", "100万美元", "t", 991670400000L));
        assertThat(Expressions.evaluate("${a}-${n}", scope)).isEqualTo("甲-3.5");
        assertThat(Expressions.evaluate("${call.items}", scope)).isInstanceOf(List.class);
        assertThat(Expressions.evaluate("${call.items.1.name}", scope)).isEqualTo("二");
        assertThat(Expressions.evaluate("${call.items|size}", scope)).isEqualTo(2);
        assertThat(Expressions.evaluate("${call.items|first}", scope)).isEqualTo(Map.of("name", "一"));
        assertThat(Expressions.evaluate("${missing|default:无}", scope)).isEqualTo("无");
        assertThat(Expressions.evaluate("${call.cap|amount}", scope)).isEqualTo(new BigDecimal("100"));
        assertThat(Expressions.evaluate("${call.cap|currency}", scope)).isEqualTo("USD");
        assertThat(Expressions.evaluate("${call.t|date}", scope)).isEqualTo("2001-06-05");
        assertThat(Expressions.evaluate("固定文本", scope)).isEqualTo("固定文本");
        assertThat(Expressions.problems("${a} ${b.c|nope}", java.util.Set.of("a"))).containsExactly("unknown_variable:b.c", "unknown_filter:nope");
    }
}
