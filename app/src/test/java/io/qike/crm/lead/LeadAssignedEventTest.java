package io.qike.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** {@link LeadAssigned} tells a new owner who did not take the lead themselves; a claim tells no one. */
@IntegrationTest
@RecordApplicationEvents
class LeadAssignedEventTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired LeadService leads;
    @Autowired LeadPools pools;
    @Autowired ApplicationEvents events;

    @Test
    void leadsEnteringAPoolByItsRuleGoRoundTheMembersOrToTheMemberOfTheirRegion() {
        TestTenant t = fixtures.tenant();
        long roundRobin = fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft("轮流池", 10, List.of(),
                List.of(t.rep1Id(), t.rep2Id()), List.of(), "ROUND_ROBIN", Map.of())));
        List<Long> owners = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long id = fixtures.as(t.adminId(), () -> leads.create(new LeadDraft("轮流线索有限公司", null, null, null, null, null, null, null,
                    roundRobin, Map.of())));
            owners.add(fixtures.as(t.adminId(), () -> leads.get(id)).ownerId());
        }
        assertThat(owners).containsExactly(t.rep1Id(), t.rep2Id(), t.rep1Id(), t.rep2Id());
        assertThat(events.stream(LeadAssigned.class).filter(e -> e.tenantId() == t.tenantId()).map(LeadAssigned::byUserId).toList())
                .hasSize(4).containsOnlyNulls();

        long byRegion = fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft("地区池", 10, List.of(),
                List.of(t.rep1Id(), t.rep2Id()), List.of(), "REGION", Map.of("上海", t.rep2Id()))));
        long shanghai = fixtures.as(t.adminId(), () -> leads.create(new LeadDraft("上海地区线索有限公司", null, null, null, null, "上海", null,
                null, byRegion, Map.of())));
        long beijing = fixtures.as(t.adminId(), () -> leads.create(new LeadDraft("北京地区线索有限公司", null, null, null, null, "北京", null,
                null, byRegion, Map.of())));
        assertThat(fixtures.as(t.adminId(), () -> leads.get(shanghai)).ownerId()).isEqualTo(t.rep2Id());
        assertThat(fixtures.as(t.adminId(), () -> leads.get(beijing)).ownerId()).isNull();
    }

    @Test
    void aPoolAdminsAssignmentIsPublishedAndAClaimIsNot() {
        TestTenant t = fixtures.tenant();
        long pool = fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft("分配池", 3, List.of(), List.of(t.rep1Id(), t.rep2Id()),
                List.of(t.managerId()))));
        long claimed = fixtures.as(t.adminId(), () -> leads.create(new LeadDraft("自己领取有限公司", null, null, null, null, null, null, null,
                pool, Map.of())));
        long assigned = fixtures.as(t.adminId(), () -> leads.create(new LeadDraft("主管分配有限公司", null, null, null, null, null, null, null,
                pool, Map.of())));
        fixtures.asRun(t.rep1Id(), () -> leads.claim(claimed));
        fixtures.asRun(t.managerId(), () -> leads.assign(assigned, t.rep2Id()));

        assertThat(events.stream(LeadAssigned.class).filter(e -> e.tenantId() == t.tenantId()).toList())
                .containsExactly(new LeadAssigned(t.tenantId(), assigned, "主管分配有限公司", t.rep2Id(), t.managerId()));
    }
}
