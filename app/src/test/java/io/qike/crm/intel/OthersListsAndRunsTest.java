package io.qike.crm.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.intel.lists.CompanyList;
import io.qike.crm.intel.lists.CompanyLists;
import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.intel.partnership.PartnershipRun;
import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.org.Role;
import io.qike.crm.platform.org.RoleService;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.CompanyDataSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.support.Api;

/**
 * Company lists and mining runs are their creator's: seeing, deleting or stopping another user's needs
 * intel:lists-others / intel:runs-others, and to anyone else they do not exist (404); roles that had the
 * permission these rights used to borrow keep them.
 */
@IntegrationTest
class OthersListsAndRunsTest {
    private static final String LISTS = Permission.INTEL_LISTS_OTHERS.code();
    private static final String RUNS = Permission.INTEL_RUNS_OTHERS.code();
    @LocalServerPort int port;
    @Autowired IntelFixture intel;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CompanyLists lists;
    @Autowired PartnershipMining mining;
    @Autowired RoleService roles;
    @Autowired JdbcClient jdbc;
    @Autowired CompanyDataSet data;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    int status(String page, long userId) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(fixtures.user(userId))))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void aListIsDeletedByItsCreatorOrByWhoMayManageOthersLists() {
        TestTenant t = intel.tenant(port).tenant();
        long listId = fixtures.as(t.rep1Id(), () -> lists.addTo("展会名单", List.of(CompanyList.Item.named(data.get(60).name()))));
        assertThatThrownBy(() -> fixtures.asRun(t.rep2Id(), () -> lists.delete(listId))).isInstanceOf(NotFoundException.class);
        fixtures.asRun(t.managerId(), () -> lists.delete(listId));
        assertThat(fixtures.as(t.adminId(), () -> lists.all())).isEmpty();
    }

    @Test
    void aRunIsStoppedByItsStarterOrByWhoMayStopOthersRuns() {
        TestTenant t = intel.tenant(port).tenant();
        PartnershipRun run = fixtures.as(t.rep1Id(), () -> mining.start(SandboxRelations.connected(data, 2, 0), "test", null));
        assertThatThrownBy(() -> fixtures.asRun(t.managerId(), () -> mining.cancel(run.id()))).isInstanceOf(NotFoundException.class);
        fixtures.asRun(t.adminId(), () -> mining.cancel(run.id()));
    }

    @Test
    void anotherRepNeitherSeesNorReadsAListOrARunThatIsNotTheirsAndWhoMaySeeOthersDoes() throws Exception {
        TestTenant t = intel.tenant(port).tenant();
        long listId = fixtures.as(t.rep1Id(), () -> lists.addTo("展会名单", List.of(CompanyList.Item.named(data.get(61).name()))));
        PartnershipRun run = fixtures.as(t.rep1Id(), () -> mining.start(SandboxRelations.connected(data, 2, 0), "test", null));

        assertThat(fixtures.as(t.rep2Id(), () -> lists.all())).extracting(CompanyList::id).doesNotContain(listId);
        assertThat(fixtures.as(t.rep2Id(), () -> mining.recent(20))).extracting(PartnershipRun::id).doesNotContain(run.id());
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> lists.get(listId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> mining.get(run.id()))).isInstanceOf(NotFoundException.class);
        Api rep2 = new Api(port).login(t.login("rep2"), TestFixtures.PASSWORD);
        assertThat(rep2.get("/api/v1/intel/partnership-jobs/" + run.id()).status()).isEqualTo(404);
        for (String page : List.of("/intel/lists/" + listId, "/intel/partnerships/runs/" + run.id())) {
            assertThat(status(page, t.rep2Id())).as(page).isEqualTo(404);
        }
        long own = fixtures.as(t.rep2Id(), () -> lists.addTo("展会名单", List.of(CompanyList.Item.named(data.get(62).name()))));
        assertThat(own).as("rep2's 展会名单 is a list of their own").isNotEqualTo(listId);
        assertThat(fixtures.as(t.rep1Id(), () -> lists.get(listId).items())).hasSize(1);

        assertThat(fixtures.as(t.managerId(), () -> lists.all())).extracting(CompanyList::id).contains(listId, own);
        assertThat(fixtures.as(t.managerId(), () -> lists.get(listId).name())).isEqualTo("展会名单");
        assertThat(fixtures.as(t.adminId(), () -> mining.recent(20))).extracting(PartnershipRun::id).contains(run.id());
        assertThat(fixtures.as(t.adminId(), () -> mining.get(run.id()).createdByName())).isEqualTo("李销售");
        assertThat(fixtures.as(t.rep1Id(), () -> mining.recent(20))).extracting(PartnershipRun::id).contains(run.id());
    }

    @Test
    void aNewEnterprisesRolesHaveTheDedicatedPermissionsWhereTheyHadTheBorrowedOnes() {
        TestTenant t = fixtures.tenant();
        Map<String, Set<String>> byName = fixtures.as(t.adminId(), () -> roles.list()).stream()
                .collect(Collectors.toMap(Role::name, Role::permissions));
        assertThat(byName.get("管理员")).contains(LISTS, RUNS);
        assertThat(byName.get("销售经理")).contains(LISTS).doesNotContain(RUNS);
        assertThat(byName.get("销售")).doesNotContain(LISTS, RUNS);
    }

    @Test
    void theMigrationGivesRolesMadeBeforeTheDedicatedPermissionsWhatTheyCouldDo() throws Exception {
        TestTenant t = fixtures.tenant();
        String migration = new ClassPathResource("db/migration/V43__dedicated_intel_permissions.sql").getContentAsString(StandardCharsets.UTF_8);
        Map<Long, Set<String>> after = fixtures.as(t.adminId(), () -> {
            long deleter = roles.create("删除客户", DataScope.SELF, Set.of("customer:view", "customer:delete"));
            long integrator = roles.create("集成", DataScope.SELF, Set.of("admin:integration"));
            long viewer = roles.create("只读", DataScope.SELF, Set.of("customer:view"));
            for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) jdbc.sql(statement).update();
            }
            Map<Long, Set<String>> all = roles.list().stream().collect(Collectors.toMap(Role::id, Role::permissions));
            return Map.of(1L, all.get(deleter), 2L, all.get(integrator), 3L, all.get(viewer));
        });
        assertThat(after.get(1L)).containsExactlyInAnyOrder("customer:view", "customer:delete", LISTS);
        assertThat(after.get(2L)).containsExactlyInAnyOrder("admin:integration", RUNS);
        assertThat(after.get(3L)).containsExactly("customer:view");
    }
}
