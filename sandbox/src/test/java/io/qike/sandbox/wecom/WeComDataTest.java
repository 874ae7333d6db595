package io.qike.sandbox.wecom;

import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.World;
import io.qike.sandbox.wecom.external.CompanyNames;
import io.qike.sandbox.wecom.external.ExternalContact;
import io.qike.sandbox.wecom.external.GeneratedCompanyNames;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import io.qike.sandbox.wecom.directory.Directory;
import io.qike.sandbox.wecom.directory.Member;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Generation without a server: determinism, the company-name hook and name shortening. */
class WeComDataTest {
    private static final long EPOCH = 1_780_000_000_000L;

    private static World world(long seed, List<String> companies) {
        return World.generate(seed, "wwtest", "测试公司", 120, 300, 400, companies, EPOCH);
    }

    @Test
    void sameSeedSameWorldOtherSeedOtherWorld() {
        List<String> names = new GeneratedCompanyNames(7, 50).companyNames();
        World a = world(7, names);
        World b = world(7, names);
        World c = world(8, names);
        assertThat(b.directory().members()).isEqualTo(a.directory().members());
        assertThat(b.externals().all()).isEqualTo(a.externals().all());
        for (long seq = 1; seq <= 400; seq += 37) {
            assertThat(b.archive().plaintext(seq)).isEqualTo(a.archive().plaintext(seq));
        }
        assertThat(c.directory().members()).isNotEqualTo(a.directory().members());
        assertThat(a.directory().members()).hasSize(120);
        assertThat(a.externals().all()).hasSize(300);
        assertThat(a.archive().size()).isEqualTo(400);
    }

    @Test
    void enterpriseContactsUseTheSuppliedCompanyNames() {
        List<String> registry = List.of("深圳市腾达信息技术有限公司", "杭州海纳环保科技股份有限公司");
        World w = world(3, registry);
        List<ExternalContact> corp = w.externals().all().stream().filter(e -> e.type() == 2).toList();
        assertThat(corp).isNotEmpty().allSatisfy(e -> assertThat(registry).contains(e.corpFullName()));
        assertThat(corp).extracting(ExternalContact::corpName).containsAnyOf("腾达信息", "海纳环保");
    }

    @Test
    void anotherCompanyNameSourceBeanReplacesTheGeneratedNames() {
        CompanyNameSource registry = () -> List.of("北京星河数据科技有限公司");
        WeComState state = new WeComState(new WeComProperties(), new MockEnvironment(),
                new StaticListableBeanFactory(Map.of("registry", registry)).getBeanProvider(CompanyNameSource.class), new SimClock());
        assertThat(state.world().externals().all().stream().filter(e -> e.type() == 2))
                .isNotEmpty().allSatisfy(e -> assertThat(e.corpFullName()).isEqualTo("北京星河数据科技有限公司"));
        WeComState fallback = new WeComState(new WeComProperties(), new MockEnvironment(),
                new StaticListableBeanFactory().getBeanProvider(CompanyNameSource.class), new SimClock());
        assertThat(fallback.world().externals().all().stream().filter(e -> e.type() == 2).map(ExternalContact::corpFullName).distinct().count())
                .isGreaterThan(50);
    }

    @Test
    void shortNamesDropRegionAndLegalForm() {
        assertThat(CompanyNames.shortName("北京云启网络科技有限公司")).isEqualTo("云启网络");
        assertThat(CompanyNames.shortName("广东省美的集团股份有限公司")).isEqualTo("美的");
        assertThat(new GeneratedCompanyNames(1, 30).companyNames()).hasSize(30).allMatch(n -> n.endsWith("公司"));
        assertThat(new GeneratedCompanyNames(1, 30).companyNames()).isEqualTo(new GeneratedCompanyNames(1, 30).companyNames());
    }

    @Test
    void aBenchCanAskForFiveHundredDepartmentsAndTheMembersSpreadOverThem() {
        WeComProperties props = new WeComProperties();
        props.setMembers(10_000);
        props.setDepartments(500);
        WeComState state = new WeComState(props, new MockEnvironment(),
                new StaticListableBeanFactory().getBeanProvider(CompanyNameSource.class), new SimClock());
        Directory d = state.world().directory();
        assertThat(d.departments()).hasSize(500);
        assertThat(d.members()).hasSize(10_000);
        assertThat(d.members().stream().map(Member::userid).distinct().count()).isEqualTo(10_000);
        // Every department but the root has a parent in the tree, and all are below the root.
        assertThat(d.departments()).allSatisfy(dep -> assertThat(dep.id() == 1 || d.department(dep.parentId()) != null).isTrue());
        assertThat(d.subtree(1)).hasSize(500);
        Set<Long> staffed = new HashSet<>();
        d.members().forEach(m -> staffed.addAll(m.departments()));
        assertThat(staffed).hasSizeGreaterThan(450);
        assertThat(d.department(500).name()).isEqualTo("销售472组");
    }

    @Test
    void theDefaultTreeIsTheTwentyEightDepartmentsItWas() {
        WeComProperties props = new WeComProperties();
        assertThat(props.getDepartments()).isEqualTo(28);
        World w = world(7, List.of("北京星河数据科技有限公司"));
        assertThat(w.directory().departments()).hasSize(28);
        assertThat(w.directory().department(28).name()).isEqualTo("总经办");
        assertThat(World.generate(7, "wwtest", "测试公司", 120, 28, 300, 400, List.of("北京星河数据科技有限公司"), EPOCH).directory().members())
                .isEqualTo(w.directory().members());
    }
}
