package io.qike.crm.intel.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipPlannerTest {

    private final PartnershipPlanner planner = new PartnershipPlanner();

    @Test
    void samePlanForTheSameInput() {
        for (int n : new int[] {21, 57, 75, 136, 250, 400}) {
            List<String> companies = PartnershipPlanPropertyTest.companies(n);
            Plan first = planner.plan(companies);
            Plan second = new PartnershipPlanner().plan(new ArrayList<>(companies));
            assertThat(second).as("n=%d", n).isEqualTo(first);
        }
    }

    @Test
    void noCallsWithoutAPair() {
        assertThat(planner.plan(List.of()).calls()).isEmpty();
        Plan one = planner.plan(List.of("企查查科技股份有限公司"));
        assertThat(one.calls()).isEmpty();
        assertThat(one.lowerBound()).isZero();
        assertThat(one.naiveCalls()).isZero();
    }

    @Test
    void twentyCompaniesMakeOneCallAndTwentyOneMakeThree() {
        Plan twenty = planner.plan(PartnershipPlanPropertyTest.companies(20));
        assertThat(twenty.calls()).containsExactly(PartnershipPlanPropertyTest.companies(20));
        assertThat(twenty.lowerBound()).isEqualTo(1);

        List<String> companies = PartnershipPlanPropertyTest.companies(21);
        Plan plan = planner.plan(companies);
        assertThat(plan.lowerBound()).isEqualTo(3);
        assertThat(plan.callCount()).isEqualTo(3);
        assertThat(CoverageCheck.covers(plan, companies)).isTrue();
    }

    @Test
    void duplicateNamesAreOneCompanyAndOrderIsKept() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add("公司" + i);
        }
        List<String> withDuplicates = new ArrayList<>(names);
        withDuplicates.add(10, "公司7");
        withDuplicates.add(" 公司12\u3000");
        withDuplicates.add("公司0");

        Plan plan = planner.plan(withDuplicates);

        assertThat(plan).isEqualTo(planner.plan(names));
        assertThat(plan.lowerBound()).isEqualTo(Bounds.schoenheim(30));
        for (List<String> call : plan.calls()) {
            assertThat(call).doesNotHaveDuplicates();
            assertThat(call).isSortedAccordingTo((a, b) -> Integer.compare(names.indexOf(a), names.indexOf(b)));
        }
        assertThat(CoverageCheck.covers(plan, withDuplicates)).isTrue();
    }

    @Test
    void blankAndCommaNamesAreRejected() {
        assertThatThrownBy(() -> planner.plan(Arrays.asList("甲公司", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#2");
        assertThatThrownBy(() -> planner.plan(Arrays.asList("甲公司", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> planner.plan(Arrays.asList("甲公司", "\u3000")))
                .isInstanceOf(IllegalArgumentException.class);
        // companyNames is comma-separated: such a name would reach the API as two names.
        assertThatThrownBy(() -> planner.plan(List.of("甲公司", "A,B Ltd")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comma");
        assertThatThrownBy(() -> planner.plan(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructionIsNamed() {
        assertThat(planner.plan(PartnershipPlanPropertyTest.companies(84)).construction()).isEqualTo("PG(2,4)×4");
        assertThat(planner.plan(PartnershipPlanPropertyTest.companies(381)).construction()).isEqualTo("PG(2,19)×1");
        assertThat(planner.plan(PartnershipPlanPropertyTest.companies(136)).construction()).isEqualTo("PG(2,7)×2 + arc");
    }

    @Test
    void incrementalPlanCoversEveryPairWithANewCompany() {
        for (int[] sizes : new int[][] {{100, 5}, {100, 20}, {50, 100}, {380, 20}, {7, 3}, {30, 45}}) {
            List<String> mined = names("已挖掘", sizes[0]);
            List<String> fresh = names("新增", sizes[1]);
            Plan plan = planner.plan(mined, fresh);

            List<String> all = new ArrayList<>(mined);
            all.addAll(fresh);
            assertThat(plan.calls()).allSatisfy(call -> {
                assertThat(call).hasSizeLessThanOrEqualTo(20).doesNotHaveDuplicates();
                assertThat(all).containsAll(call);
            });
            assertThat(newPairsCovered(plan, mined, fresh)).as("%s", Arrays.toString(sizes)).isTrue();
            assertThat(plan.callCount()).isBetween(plan.lowerBound(), plan.naiveCalls());
            assertThat(plan.callCount()).isLessThanOrEqualTo(planner.plan(all).callCount());
        }
    }

    @Test
    void incrementalPlanIgnoresKnownCompaniesAndNeedsNothingWhenNothingIsNew() {
        List<String> mined = names("已挖掘", 40);
        assertThat(planner.plan(mined, List.of("已挖掘3", "已挖掘5")).calls()).isEmpty();
        Plan plan = planner.plan(mined, List.of("已挖掘3", "新公司"));
        assertThat(plan.calls()).allSatisfy(call -> assertThat(call).contains("新公司"));
        assertThat(plan.callCount()).isEqualTo(3);
        assertThat(planner.plan(List.of(), names("新增", 30))).isEqualTo(planner.plan(names("新增", 30)));
    }

    private static boolean newPairsCovered(Plan plan, List<String> mined, List<String> fresh) {
        List<String> all = new ArrayList<>(mined);
        all.addAll(fresh);
        for (String a : fresh) {
            for (String b : all) {
                if (!a.equals(b) && plan.calls().stream().noneMatch(call -> call.contains(a) && call.contains(b))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> names(String prefix, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
