package io.qike.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.database.SystemDatabase;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The keyword search finds the same customers whichever way it reads them (through the bigram index,
 * or walking the newest customers for a frequent keyword), and its bigrams are the database's.
 */
@IntegrationTest
class CustomerKeywordSearchTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired CustomerRepository repository;
    @Autowired SystemDatabase system;
    @Autowired NameBigramStatistics statistics;

    @Test
    void bothWaysOfReadingFindTheSamePagesAndTotals() {
        TestTenant t = fixtures.tenant();
        fixtures.as(t.adminId(), () -> {
            for (int i = 0; i < 45; i++) {
                String name = (i % 3 == 0 ? "上海华盛" : i % 3 == 1 ? "华 盛（苏州）" : "杭州恒远") + "科技有限公司" + i;
                String first17 = (i % 2 == 0 ? "9131" : "9144") + String.format("0000MA%07d", i * 7919 % 10_000_000 + t.tenantId() % 100);
                customers.create(CustomerDraft.named(name).withCreditCode(first17 + io.qike.crm.dedup.CreditCodes.checkChar(first17)));
            }
            return null;
        });
        system.jdbc().sql("analyze customer").update(); // statistics make the search use the rarest bigram only
        statistics.refresh();
        assertThat(statistics.rarest(NameBigrams.of("华盛科技"))).isIn("华盛", "盛科", "科技");
        for (String keyword : List.of("华盛", "华盛（苏州", "科技", "恒远科技", "无此公司", "盛（", "9131", "9144", "9144000")) {
            for (int page = 0; page < 2; page++) {
                CustomerQuery q = new CustomerQuery(keyword, Map.of(), null, true, page, 10);
                CustomerPage indexed = fixtures.as(t.adminId(), () -> repository.search(q, VisibleOwners.all(), false, null));
                CustomerPage walked = fixtures.as(t.adminId(), () -> repository.search(q, VisibleOwners.all(), true, null));
                assertThat(walked.items()).extracting(Customer::id).as(keyword).containsExactlyElementsOf(indexed.items().stream().map(Customer::id).toList());
                assertThat(walked.total()).as(keyword).isEqualTo(indexed.total());
                CustomerPage chosen = fixtures.as(t.adminId(), () -> repository.search(q, VisibleOwners.all()));
                assertThat(chosen.items()).extracting(Customer::id).as(keyword).containsExactlyElementsOf(indexed.items().stream().map(Customer::id).toList());
                assertThat(chosen.total()).as(keyword).isEqualTo(indexed.total());
            }
        }
        CustomerPage huasheng = fixtures.as(t.adminId(), () -> customers.search(CustomerQuery.keyword("华盛")));
        assertThat(huasheng.total()).isEqualTo(30);
        assertThat(huasheng.items()).extracting(Customer::ownerName).doesNotContainNull();
        assertThat(huasheng.items()).extracting(Customer::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aWordInAGreatManyNamesShowsACappedTotalAndTheNewestMatchesForEveryScope() {
        TestTenant t = fixtures.tenant();
        // 3,000 names with 科技 (a fifth of them the rep's), and newer ones without it, so that 科技 is one of the
        // commonest bigrams in the statistics and the search walks the newest customers instead of the index.
        system.jdbc().sql("""
                insert into customer(tenant_id, name, name_norm, owner_id, created_by)
                select :tenant, '批量' || g || '号科技有限公司', '批量' || g || '号科技', case when g % 5 = 0 then :rep else :admin end, :admin
                  from generate_series(1, 3000) g""")
                .param("tenant", t.tenantId()).param("rep", t.rep1Id()).param("admin", t.adminId()).update();
        system.jdbc().sql("""
                insert into customer(tenant_id, name, name_norm, owner_id, created_by)
                select :tenant, '其他' || g || '号贸易有限公司', '其他' || g || '号贸易', :rep, :admin from generate_series(1, 5) g""")
                .param("tenant", t.tenantId()).param("rep", t.rep1Id()).param("admin", t.adminId()).update();
        system.jdbc().sql("analyze customer").update();
        statistics.refresh();
        assertThat(statistics.frequency("科技")).as("科技 must be common enough to be walked").isGreaterThanOrEqualTo(CustomerRepository.WALK_FREQUENCY);
        assertThat(statistics.customersOf(t.tenantId())).as("the enterprise's size as ANALYZE estimates it").isBetween(2_500L, 3_500L);
        List<Long> newest = system.jdbc().sql("select id from customer where tenant_id = ? and name like '%科技%' order by id desc")
                .param(t.tenantId()).query(Long.class).list();
        CustomerPage all = fixtures.as(t.adminId(), () -> customers.search(CustomerQuery.keyword("科技")));
        assertThat(all.totalCapped()).isTrue();
        assertThat(all.total()).isEqualTo(CustomerPage.TOTAL_CAP);
        assertThat(all.items()).extracting(Customer::id).containsExactlyElementsOf(newest.subList(0, 20));
        assertThat(all.items()).extracting(Customer::ownerName).doesNotContainNull();
        CustomerPage third = fixtures.as(t.adminId(), () -> customers.search(new CustomerQuery("科技", Map.of(), null, true, 2, 20)));
        assertThat(third.items()).extracting(Customer::id).containsExactlyElementsOf(newest.subList(40, 60));
        CustomerPage oldest = fixtures.as(t.adminId(), () -> customers.search(new CustomerQuery("科技", Map.of(), "id", false, 0, 20)));
        assertThat(oldest.items()).extracting(Customer::id).containsExactlyElementsOf(oldestFirst(newest).subList(0, 20));
        // The rep walks their own 600 and counts them exactly.
        List<Long> repsNewest = system.jdbc().sql("select id from customer where tenant_id = ? and owner_id = ? and name like '%科技%' order by id desc limit 20")
                .params(t.tenantId(), t.rep1Id()).query(Long.class).list();
        CustomerPage own = fixtures.as(t.rep1Id(), () -> customers.search(CustomerQuery.keyword("科技")));
        assertThat(own.totalCapped()).isFalse();
        assertThat(own.total()).isEqualTo(600);
        assertThat(own.items()).extracting(Customer::id).containsExactlyElementsOf(repsNewest);
    }

    @Test
    void aCodePrefixOrPhoneSuffixSharedByMoreThanTheCapShowsACappedTotalAndTheNewestMatches() {
        TestTenant t = fixtures.tenant();
        // 1,010 customers whose codes start 9132 and whose phones end 5678, a fifth of them the rep's;
        // then 5 newer ones that match neither, so the newest matches are not simply the newest rows.
        system.jdbc().sql("""
                insert into customer(tenant_id, name, name_norm, credit_code, phone, owner_id, created_by)
                select :tenant, '批量' || g || '号贸易有限公司', '批量' || g || '号贸易', '9132' || lpad(g::text, 14, '0'),
                       '1380013' || '5678', case when g % 5 = 0 then :rep else :admin end, :admin
                  from generate_series(1, 1010) g""")
                .param("tenant", t.tenantId()).param("rep", t.rep1Id()).param("admin", t.adminId()).update();
        system.jdbc().sql("""
                insert into customer(tenant_id, name, name_norm, credit_code, phone, owner_id, created_by)
                select :tenant, '其他' || g || '号有限公司', '其他' || g || '号', '9144' || lpad(g::text, 14, '0'), '02012345671',
                       :rep, :admin from generate_series(1, 5) g""")
                .param("tenant", t.tenantId()).param("rep", t.rep1Id()).param("admin", t.adminId()).update();
        List<Long> newestMatches = system.jdbc().sql("select id from customer where tenant_id = ? and credit_code like '9132%' order by id desc limit 20")
                .param(t.tenantId()).query(Long.class).list();
        for (String keyword : List.of("9132", "5678")) {
            CustomerPage all = fixtures.as(t.adminId(), () -> customers.search(CustomerQuery.keyword(keyword)));
            assertThat(all.totalCapped()).as(keyword).isTrue();
            assertThat(all.total()).as(keyword).isEqualTo(CustomerPage.TOTAL_CAP);
            assertThat(all.items()).as(keyword).extracting(Customer::id).containsExactlyElementsOf(newestMatches);
        }
        // The rep sees their own 202 matches exactly, newest first.
        List<Long> repsNewest = system.jdbc().sql("""
                select id from customer where tenant_id = ? and owner_id = ? and credit_code like '9132%' order by id desc limit 20""")
                .params(t.tenantId(), t.rep1Id()).query(Long.class).list();
        CustomerPage own = fixtures.as(t.rep1Id(), () -> customers.search(CustomerQuery.keyword("9132")));
        assertThat(own.totalCapped()).isFalse();
        assertThat(own.total()).isEqualTo(202);
        assertThat(own.items()).extracting(Customer::id).containsExactlyElementsOf(repsNewest);
    }

    @Test
    void theBigramsComputedForTheStatisticsAreTheDatabasesOwn() {
        for (String s : List.of("上海华盛科技有限公司", "华 盛（苏州）【分公司】，．", "ABC　Trading Co.", "a", "", "𠀀𠀁中")) {
            List<String> db = system.jdbc().sql("select unnest(qike_bigrams(?)) order by 1").param(s).query(String.class).list();
            assertThat(NameBigrams.of(s).stream().sorted().toList()).as(s).isEqualTo(db.stream().sorted().toList());
        }
    }

    private static List<Long> oldestFirst(List<Long> newestFirst) {
        List<Long> ids = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(ids);
        return ids;
    }
}
