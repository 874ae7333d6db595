package io.qike.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompanyDataSetTest {

    static final long SEED = 20240601L;
    static CompanyDataSet set;
    static long generationCpuMillis;

    @BeforeAll
    static void generate() {
        set = new CompanyDataSet(SEED, 12_000);
        // CPU time of this thread, so other builds sharing the machine cannot make the test flaky
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        set.companies();
        generationCpuMillis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    }

    @Test
    void isLargeAndFast() {
        assertThat(set.companies()).hasSize(12_000);
        assertThat(generationCpuMillis).isLessThan(2000);
    }

    @Test
    void sameSeedSameCompaniesOtherSeedOthers() {
        CompanyDataSet again = new CompanyDataSet(SEED, 12_000);
        assertThat(again.companies()).isEqualTo(set.companies());
        Company c = set.companies().stream().filter(x -> !set.customersOf(x).isEmpty()).findFirst().orElseThrow();
        assertThat(again.customersOf(again.get(c.index()))).isEqualTo(set.customersOf(c));
        assertThat(again.relationsOf(again.get(c.index()))).isEqualTo(set.relationsOf(c));
        CompanyDataSet other = new CompanyDataSet(SEED + 1, 12_000);
        assertThat(other.companies().get(0).name()).isNotEqualTo(set.companies().get(0).name());
    }

    /**
     * Fingerprint of the default data set. Tests and fixtures of the product rely on the same seed
     * giving the same companies in every JVM and every build; if a generator change is intended,
     * update the constant and tell the product's test authors.
     */
    @Test
    void defaultSeedFingerprintIsStable() throws Exception {
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        for (Company c : set.companies()) {
            sha.update((c.name() + "|" + c.creditCode() + "|" + c.legalPerson() + "|" + c.establishedOn() + "|"
                    + c.capitalAmount() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (CustomerEntry e : set.customersOf(c)) {
                sha.update((e.year() + e.customer().name() + e.salesAmount()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(java.util.HexFormat.of().formatHex(sha.digest())).isEqualTo("cafe1f67441fa14db2435b8d56f3b1aed13c2012c828a608d52bb8183945abee");
    }

    @Test
    void creditCodesAreValidUniqueAndConsistent() {
        Set<String> codes = new HashSet<>();
        for (Company c : set.companies()) {
            assertThat(CreditCodes.isValid(c.creditCode())).as(c.creditCode()).isTrue();
            assertThat(CreditCodes.hasValidOrganizationCode(c.creditCode())).as(c.creditCode()).isTrue();
            assertThat(c.creditCode().substring(2, 8)).isEqualTo(c.region().code());
            assertThat(c.orgNo().replace("-", "")).isEqualTo(c.creditCode().substring(8, 17));
            assertThat(c.regNo()).matches("\\d{15}").startsWith(c.region().code());
            assertThat(codes.add(c.creditCode())).isTrue();
        }
    }

    @Test
    void namesAreUniqueIncludingFormerNames() {
        Set<String> names = new HashSet<>();
        for (Company c : set.companies()) {
            assertThat(names.add(c.name())).as(c.name()).isTrue();
            c.historyNames().forEach(n -> assertThat(names.add(n)).as(n).isTrue());
        }
    }

    @Test
    void looksLikeTheChineseRegister() {
        List<Company> all = set.companies();
        assertThat(all).anyMatch(c -> c.name().contains("（集团）有限公司"))
                .anyMatch(c -> c.name().contains("(集团)有限公司"))
                .anyMatch(c -> c.name().matches(".+（.+）有限公司"))
                .anyMatch(c -> c.name().matches(".+\\(.+\\)有限公司"))
                .anyMatch(c -> c.name().endsWith("有限责任公司"))
                .anyMatch(c -> c.name().endsWith("股份有限公司"))
                .anyMatch(c -> !c.formerNames().isEmpty());
        assertThat(all).allMatch(c -> c.name().endsWith("公司"));
        assertThat(all.stream().map(Company::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("存续", "在业", "注销", "吊销", "迁出");
        assertThat(all.stream().map(Company::currency).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("人民币", "美元", "港元");
        assertThat(all.stream().map(c -> c.region().province()).distinct().count()).isGreaterThanOrEqualTo(20);
        assertThat(all).allMatch(c -> c.legalPerson().length() >= 2 && c.capital().signum() > 0);
        assertThat(all).allMatch(c -> (c.closedOn() != null) == (c.status().equals("注销") || c.status().equals("吊销")));
        Map<String, Set<String>> regionsByBrand = new HashMap<>();
        all.forEach(c -> regionsByBrand.computeIfAbsent(c.brand(), b -> new HashSet<>()).add(c.region().city()));
        assertThat(regionsByBrand.values()).anyMatch(cities -> cities.size() >= 3);
    }

    @Test
    void customersAreOtherCompaniesOverTheYears() {
        List<Company> withCustomers = set.companies().stream().filter(c -> !set.customersOf(c).isEmpty()).toList();
        assertThat(withCustomers.size()).isGreaterThan(3000);
        for (Company c : withCustomers.subList(0, 200)) {
            for (CustomerEntry e : set.customersOf(c)) {
                assertThat(e.customer()).isNotSameAs(c);
                assertThat(set.byCurrentName(e.customer().name())).contains(e.customer());
                assertThat(e.year()).matches("20(1[5-9]|2[0-4])(-06)?");
                assertThat(new BigDecimal(e.salesAmount())).isPositive();
                if (e.year().endsWith("-06")) {
                    assertThat(e.source()).isEqualTo("半年报");
                    assertThat(e.salesPercent()).isEqualTo("0");
                } else {
                    assertThat(e.source()).isIn("年报", "公告", "招股说明书");
                }
            }
        }
        assertThat(withCustomers).anyMatch(c -> set.customersOf(c).stream().anyMatch(e -> e.year().endsWith("-06")));
    }

    @Test
    void relationsAmongOnlyConnectNamedCompanies() {
        Company hub = set.companies().stream().filter(c -> set.relationsOf(c).size() >= 3).findFirst().orElseThrow();
        List<Relation> own = set.relationsOf(hub);
        String partner = own.get(0).relatedCompanyName();
        String unrelated = set.companies().stream().map(Company::name)
                .filter(n -> own.stream().noneMatch(r -> r.relatedCompanyName().equals(n)) && !n.equals(hub.name()))
                .findFirst().orElseThrow();
        List<String> names = List.of(hub.name(), partner, unrelated, "不存在的公司有限公司");
        List<Relation> among = set.relationsAmong(names);
        assertThat(among).isNotEmpty().contains(own.get(0));
        assertThat(among).allMatch(r -> names.contains(r.companyName()) && names.contains(r.relatedCompanyName()));
        assertThat(among).noneMatch(r -> r.companyName().equals("不存在的公司有限公司"));
        assertThat(set.relationsAmong(List.of(hub.name()))).isEmpty();
        assertThat(own).allMatch(r -> r.publicDate().matches("20\\d\\d-\\d\\d")
                && List.of("招投标", "年报", "公告", "司法").contains(r.source()));
    }

    @Test
    void lookupsAreExact() {
        Company renamed = set.companies().stream().filter(c -> !c.formerNames().isEmpty()).findFirst().orElseThrow();
        assertThat(set.byName(renamed.formerNames().get(0).name())).contains(renamed);
        assertThat(set.byCurrentName(renamed.formerNames().get(0).name())).isEmpty();
        assertThat(set.lookup(renamed.creditCode())).contains(renamed);
        assertThat(set.lookup(renamed.regNo())).contains(renamed);
        assertThat(set.byName(" " + renamed.name())).isEmpty();
        Company bracketed = set.companies().stream().filter(c -> c.name().contains("（")).findFirst().orElseThrow();
        assertThat(set.byName(bracketed.name().replace('（', '(').replace('）', ')'))).isEmpty();
        assertThat(set.search(bracketed.creditCode())).containsExactly(bracketed);
        List<Company> hits = set.search(bracketed.brand());
        assertThat(hits).isNotEmpty().allMatch(c -> c.name().contains(bracketed.brand()));
    }
}
