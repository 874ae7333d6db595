package io.qike.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerQuery;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.salesrecord.SalesRecord;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** 转换: a new customer and contact, or the contact added to the customer the duplicate check found; all or nothing. */
@IntegrationTest
@RecordApplicationEvents
class LeadConversionTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired LeadService leads;
    @Autowired LeadConversion conversion;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired CustomFields fields;
    @Autowired ApplicationEvents events;
    @Autowired SalesRecordService records;
    TestTenant t;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
    }

    @Test
    void aLeadWithoutADuplicateBecomesANewCustomerWithItsContactAndAsksForTheOpportunity() {
        long lead = lead("宁波东海新材料有限公司", "陈总");
        LeadConversion.Converted done = fixtures.as(t.rep1Id(), () -> conversion.convert(lead,
                new LeadConversionDraft(null, null, false, "东海新材料年度采购", "120000.50", "2027-03-31", null, null)));

        assertThat(done.newCustomer()).isTrue();
        assertThat(fixtures.as(t.rep1Id(), () -> customers.get(done.customerId())).name()).isEqualTo("宁波东海新材料有限公司");
        List<Contact> people = fixtures.as(t.rep1Id(), () -> contacts.search(null, done.customerId(), 0, 10)).items();
        assertThat(people).extracting(Contact::name, Contact::mobile).containsExactly(org.assertj.core.groups.Tuple.tuple("陈总", "13700137000"));
        assertThat(people.get(0).id()).isEqualTo(done.contactId());
        Lead after = fixtures.as(t.rep1Id(), () -> leads.get(lead));
        assertThat(after.status()).isEqualTo(Lead.CONVERTED);
        assertThat(after.convertedCustomerId()).isEqualTo(done.customerId());
        assertThat(fixtures.as(t.rep1Id(), () -> leads.history(lead)).get(0).kind()).isEqualTo("CONVERTED");

        List<LeadConverted> published = events.stream(LeadConverted.class).filter(e -> e.leadId() == lead).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).customerId()).isEqualTo(done.customerId());
        assertThat(published.get(0).ownerId()).isEqualTo(t.rep1Id());
        assertThat(published.get(0).opportunity()).isEqualTo(new LeadConverted.OpportunityDraft("东海新材料年度采购",
                new BigDecimal("120000.50"), LocalDate.of(2027, 3, 31)));

        // A converted lead cannot be converted again.
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> conversion.convert(lead, new LeadConversionDraft(null, null, true, null, null, null, null, null))))
                .isInstanceOf(ConflictException.class).extracting(e -> ((ConflictException) e).code()).isEqualTo("lead_converted");
    }

    @Test
    void aLeadOfAnExistingCompanyIsOfferedThatCustomerAndAddsItsContactThereWithoutANewCustomer() {
        long existing = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州西湖茶业有限公司")).id());
        long lead = lead("杭州西湖茶业有限公司", "吴采购");

        assertThat(fixtures.as(t.rep1Id(), () -> conversion.existing(lead, null)).orElseThrow().id()).isEqualTo(existing);
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> conversion.convert(lead, new LeadConversionDraft(null, null, false, null, null, null, null, null))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("lead_duplicate_customer");
                    assertThat(e.details()).containsEntry("customerId", existing);
                });

        LeadConversion.Converted done = fixtures.as(t.rep1Id(), () -> conversion.convert(lead,
                new LeadConversionDraft(existing, null, false, null, null, null, null, null)));
        assertThat(done.customerId()).isEqualTo(existing);
        assertThat(done.newCustomer()).isFalse();
        assertThat(fixtures.as(t.rep1Id(), () -> customers.search(new CustomerQuery("西湖茶业", Map.of(), null, true, 0, 20))).total())
                .isEqualTo(1);
        assertThat(fixtures.as(t.rep1Id(), () -> contacts.search(null, existing, 0, 10)).items()).extracting(Contact::name)
                .containsExactly("吴采购");
        assertThat(fixtures.as(t.rep1Id(), () -> leads.get(lead)).convertedCustomerId()).isEqualTo(existing);
        assertThat(events.stream(LeadConverted.class).filter(e -> e.leadId() == lead).findFirst().orElseThrow().opportunity()).isNull();
    }

    @Test
    void aConversionThatFailsAtTheContactLeavesNoCustomerBehindAndTheLeadOpen() {
        fixtures.asRun(t.adminId(), () -> fields.define(CustomObject.CONTACT, null, "微信号", FieldType.TEXT, List.of(), true, false, false));
        long lead = lead("温州瓯江鞋业有限公司", "林经理");
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> conversion.convert(lead, new LeadConversionDraft(null, null, false, null, null, null, null, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixtures.as(t.rep1Id(), () -> customers.search(new CustomerQuery("瓯江鞋业", Map.of(), null, true, 0, 20))).total())
                .isZero();
        assertThat(fixtures.as(t.rep1Id(), () -> leads.get(lead)).status()).isEqualTo(Lead.NEW);
        assertThat(events.stream(LeadConverted.class).filter(e -> e.leadId() == lead)).isEmpty();
    }

    @Test
    void aWrongOpportunityIsAFieldProblemBeforeAnythingIsWritten() {
        long lead = lead("嘉兴南湖纺织有限公司", null);
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> conversion.convert(lead,
                new LeadConversionDraft(null, null, false, null, "-5", "明天", null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .contains("opportunityName", "opportunityAmount", "opportunityCloseOn"));
        assertThat(fixtures.as(t.rep1Id(), () -> leads.get(lead)).status()).isEqualTo(Lead.NEW);
    }

    @Test
    void aLeadsSalesRecordsShowOnTheLeadOnlyAndMoveToTheCustomerOnConversion() {
        long lead = lead("绍兴黄酒酿造有限公司", "钟厂长");
        fixtures.asRun(t.rep1Id(), () -> records.createForLead(lead, new SalesRecordDraft(null, null, "CALL", "电话沟通了黄酒包装需求。", null,
                Map.of())));
        assertThat(fixtures.as(t.rep1Id(), () -> records.forLead(lead, 10))).extracting(SalesRecord::content)
                .containsExactly("电话沟通了黄酒包装需求。");
        assertThat(fixtures.as(t.rep1Id(), () -> records.latest(50))).extracting(SalesRecord::content).doesNotContain("电话沟通了黄酒包装需求。");
        // Another rep does not see the lead, so can neither read nor add its records.
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> records.forLead(lead, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> records.createForLead(lead, new SalesRecordDraft(null, null, "CALL", "越权", null,
                Map.of())))).isInstanceOf(NotFoundException.class);

        LeadConversion.Converted done = fixtures.as(t.rep1Id(), () -> conversion.convert(lead,
                new LeadConversionDraft(null, null, false, null, null, null, null, null)));
        assertThat(fixtures.as(t.rep1Id(), () -> records.forCustomer(done.customerId(), 10))).extracting(SalesRecord::content)
                .containsExactly("电话沟通了黄酒包装需求。");
        assertThat(fixtures.as(t.rep1Id(), () -> customers.get(done.customerId())).lastFollowedAt()).isNotNull();
        assertThat(fixtures.as(t.rep1Id(), () -> records.forLead(lead, 10))).isEmpty();
    }

    private long lead(String company, String contact) {
        return fixtures.as(t.rep1Id(), () -> leads.create(new LeadDraft(company, contact, contact == null ? null : "13700137000", null,
                "WEBSITE", "浙江", null, null, null, Map.of())));
    }
}
