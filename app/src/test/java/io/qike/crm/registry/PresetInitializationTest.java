package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.integration.ActionFlows;
import io.qike.crm.integration.FlowResult;
import io.qike.crm.registry.preset.ProviderPresets;
import io.qike.crm.registry.settings.SettingsView;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 初始化动作流 generates flows that really work against each provider, and binds them with the default mapping. */
@IntegrationTest
class PresetInitializationTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired ActionFlows flows;
    @Autowired CompanyDataSet companies;

    @ParameterizedTest
    @EnumSource(RegistryProvider.class)
    void initialisingAProviderGeneratesWorkingSearchAndDetailFlowsAndBindsThem(RegistryProvider p) {
        TestTenant t = fixtures.tenant();
        sandbox.initialize(t.adminId(), port, p);
        SettingsView view = sandbox.view(t.adminId());
        assertThat(view.primary()).isEqualTo(p.code());
        SettingsView.ProviderView slot = view.provider(p.code());
        assertThat(slot.initialized()).isTrue();
        String hint = p.hasSecret() ? slot.keyHint() : slot.secretHint(); // 天眼查's token is the connection's secret
        assertThat(hint).isNotBlank().doesNotContain(p.code() + "-"); // only a hint of the key
        assertThat(slot.searchFlow()).isEqualTo(ProviderPresets.searchFlow(p));
        assertThat(slot.mappings()).extracting(FieldMapping::target).contains("name", "creditCode", "registeredCapital", "region");

        Company c = companies.get(101);
        FlowResult search = fixtures.as(t.adminId(), () -> flows.invoke(slot.searchFlow(), Map.of("keyword", c.name())));
        assertThat(search.succeeded()).as(search.toString()).isTrue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) search.outputs().get(ProviderPresets.CANDIDATES);
        assertThat(hits.get(0)).containsEntry("name", c.name()).containsEntry("creditCode", c.creditCode())
                .containsEntry("legalPerson", c.legalPerson()).containsEntry("establishedOn", c.establishedOn().toString());

        FlowResult detail = fixtures.as(t.adminId(), () -> flows.invoke(slot.detailFlow(), Map.of("keyword", c.creditCode())));
        assertThat(detail.succeeded()).as(detail.toString()).isTrue();
        assertThat(detail.outputs()).containsEntry("name", c.name()).containsEntry("creditCode", c.creditCode())
                .containsEntry("address", c.address()).containsEntry("establishedOn", c.establishedOn().toString());
        assertThat(detail.outputs().get("raw")).isInstanceOf(Map.class);
    }

    @ParameterizedTest
    @EnumSource(RegistryProvider.class)
    void initialisingAgainUpdatesTheSameConfigurationAndKeepsTheStoredKey(RegistryProvider p) {
        TestTenant t = fixtures.tenant();
        sandbox.initialize(t.adminId(), port, p);
        String hint = sandbox.view(t.adminId()).provider(p.code()).secretHint();
        fixtures.as(t.adminId(), () -> sandbox.settings.initialize(p.code(),
                new io.qike.crm.registry.settings.InitializeRequest(null, null, null, 5, 1000, new java.math.BigDecimal("0.1"), null)));
        SettingsView.ProviderView slot = sandbox.view(t.adminId()).provider(p.code());
        assertThat(slot.secretHint()).isNotBlank().isEqualTo(hint);
        assertThat(slot.qps()).isEqualTo(5);
        assertThat(slot.baseUrl()).isEqualTo(RegistrySandbox.base(port, p));
        FlowResult r = fixtures.as(t.adminId(), () -> flows.invoke(slot.detailFlow(), Map.of("keyword", companies.get(7).name())));
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        assertThat(fixtures.as(t.adminId(), () -> flows.list()).stream().filter(f -> f.apiName().startsWith("registry." + p.code()))).hasSize(2);
    }
}
