package io.qike.crm.intel.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageCheckTest {

    private static final List<String> COMPANIES = List.of("甲", "乙", "丙", "丁");

    @Test
    void acceptsACoveringPlan() {
        Plan plan = new Plan(List.of(List.of("甲", "乙", "丙"), List.of("甲", "丁"), List.of("乙", "丙", "丁")), 1, 1, "test");
        assertThat(CoverageCheck.covers(plan, COMPANIES)).isTrue();
    }

    @Test
    void reportsAMissingPair() {
        Plan plan = new Plan(List.of(List.of("甲", "乙", "丙"), List.of("丙", "丁")), 1, 1, "test");
        assertThat(CoverageCheck.problems(plan, COMPANIES))
                .containsExactly("甲 and 丁 share no call", "乙 and 丁 share no call");
    }

    @Test
    void reportsOversizedCallsRepeatsAndUnknownNames() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("公司" + i);
        }
        Plan tooBig = new Plan(List.of(many), 3, 3, "test");
        assertThat(CoverageCheck.problems(tooBig, many)).containsExactly("call 1 names 21 companies");

        Plan odd = new Plan(List.of(List.of("甲", "乙", "丙", "丁", "甲", "戊")), 1, 1, "test");
        assertThat(CoverageCheck.problems(odd, COMPANIES))
                .containsExactly("call 1 names 甲 twice", "call 1 names 戊, which is not one of the companies");
    }
}
