package io.qike.crm.salesrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class SalesRecordTest {
    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    static final byte[] EXE = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0};
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired SalesRecordService records;
    @Autowired MockMvc mvc;
    TestTenant t;
    long customerId;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        customerId = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("跟进测试有限公司")).id());
    }

    static Upload upload(String name, byte[] bytes) {
        return new Upload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void storesAttachmentsByContentAndServesThemToWhoeverSeesTheCustomer() throws Exception {
        long id = fixtures.as(t.rep1Id(), () -> records.create(new SalesRecordDraft(customerId, null, "VISIT", "现场拜访", "2026-11-20T10:00",
                Map.of()), List.of(upload("现场照片.png", PNG))));
        SalesRecord r = fixtures.as(t.rep1Id(), () -> records.get(id));
        assertThat(r.attachments()).extracting(SalesRecord.Attachment::fileName).containsExactly("现场照片.png");
        long attachmentId = r.attachments().get(0).id();
        MvcResult ok = mvc.perform(get("/sales-records/" + id + "/attachments/" + attachmentId).with(user(fixtures.user(t.managerId())))).andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getContentAsByteArray()).isEqualTo(PNG);
        assertThat(ok.getResponse().getHeader("Content-Disposition")).contains("attachment");
        MvcResult hidden = mvc.perform(get("/sales-records/" + id + "/attachments/" + attachmentId).with(user(fixtures.user(t.rep2Id())))).andReturn();
        assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void refusesAnExecutableDisguisedAsPdfAndWritesNothing() {
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> records.create(new SalesRecordDraft(customerId, null, "CALL", "电话沟通", null,
                Map.of()), List.of(upload("报价.pdf", EXE)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactly("file_type"));
        assertThat(fixtures.as(t.rep1Id(), () -> records.forCustomer(customerId, 10))).isEmpty();
    }

    @Test
    void refusesFilesOverTheSizeLimit() {
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> records.create(new SalesRecordDraft(customerId, null, "CALL", "大文件", null,
                Map.of()), List.of(upload("大图.png", big)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactly("file_too_large"));
    }
}
