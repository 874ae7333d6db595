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
    void theBigramsComputedForTheStatisticsAreTheDatabasesOwn() {
        for (String s : List.of("上海华盛科技有限公司", "华 盛（苏州）【分公司】，．", "ABC　Trading Co.", "a", "", "𠀀𠀁中")) {
            List<String> db = system.jdbc().sql("select unnest(qike_bigrams(?)) order by 1").param(s).query(String.class).list();
            assertThat(NameBigrams.of(s).stream().sorted().toList()).as(s).isEqualTo(db.stream().sorted().toList());
        }
    }
}
