package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.audit.AuditEntry;
import io.qike.crm.platform.audit.AuditSearch;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AuditLogTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired AuditSearch audit;

    @Test
    void recordsWhoChangedWhichFieldFromWhatToWhat() {
        TestTenant t = fixtures.tenant();
        long id = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("审计测试有限公司")).id());
        fixtures.asRun(t.rep1Id(), () -> {
            CustomerDraft d = customers.draftOf(customers.get(id));
            customers.update(id, d.toBuilder().legalRepresentative("张三").phone("021-55556666").level("B").build());
        });
        List<AuditEntry> entries = fixtures.as(t.adminId(), () -> audit.search("审计测试", "CUSTOMER", null, 0, 10));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
        assertThat(entries.get(0).userName()).isEqualTo("李销售");
        assertThat(entries.get(0).changes()).contains("\"legalRepresentative\": {\"after\": \"张三\", \"before\": null}")
                .contains("\"level\"").doesNotContain("\"name\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> audit.search(null, null, null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
