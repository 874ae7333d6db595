package io.qike.crm.integration;

import io.qike.crm.integration.store.ConnectorRepository;
import io.qike.crm.integration.store.FlowRepository;
import io.qike.crm.integration.store.InterfaceRepository;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installs a {@link Preset} through the same services an administrator uses, so generated
 * configurations are validated, SSRF-checked, audited and encrypted exactly like hand-made ones,
 * and stay editable in the integration centre afterwards. All or nothing: one transaction.
 */
@org.springframework.modulith.NamedInterface("presets")
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class PresetInstaller {
    private final ConnectorService connectors;
    private final ConnectionService connections;
    private final ApiInterfaceService interfaces;
    private final ActionFlowService flows;
    private final ConnectorRepository connectorRepository;
    private final InterfaceRepository interfaceRepository;
    private final FlowRepository flowRepository;

    PresetInstaller(ConnectorService connectors, ConnectionService connections, ApiInterfaceService interfaces,
                    ActionFlowService flows, ConnectorRepository connectorRepository, InterfaceRepository interfaceRepository, FlowRepository flowRepository) {
        this.connectors = connectors;
        this.connections = connections;
        this.interfaces = interfaces;
        this.flows = flows;
        this.connectorRepository = connectorRepository;
        this.interfaceRepository = interfaceRepository;
        this.flowRepository = flowRepository;
    }

    /** The preset's connector, if it was installed in this tenant. */
    public Optional<Connector> connectorOf(String presetKey) {
        return connectorRepository.findByPreset(presetKey);
    }

    /** The preset's connection, if it was installed in this tenant. */
    public Optional<Connection> connectionOf(String presetKey) {
        return connectorOf(presetKey).flatMap(c -> connectionRepository(c.id()));
    }

    @Transactional
    public Preset.Installed install(Preset preset) {
        long connectorId = connector(preset);
        long connectionId = connection(preset, connectorId);
        Map<String, Long> interfaceIds = new LinkedHashMap<>();
        List<ApiInterface> existing = interfaceRepository.ofConnector(connectorId);
        for (ApiInterfaceDraft d : preset.interfaces()) {
            ApiInterfaceDraft draft = withConnector(d, connectorId);
            Optional<ApiInterface> same = existing.stream().filter(i -> i.apiName().equals(d.apiName())).findFirst();
            interfaceIds.put(d.apiName(), same.isPresent() ? interfaces.update(same.get().id(), draft).id() : interfaces.create(draft).id());
        }
        Preset.Installed partial = new Preset.Installed(connectorId, connectionId, Map.copyOf(interfaceIds), List.of());
        List<String> flowNames = new ArrayList<>();
        for (ActionFlowDraft d : preset.flows().apply(partial)) {
            Optional<ActionFlow> same = flowRepository.findByApiName(d.apiName());
            if (same.isPresent()) flows.update(same.get().id(), d);
            else flows.create(d);
            flowNames.add(d.apiName());
        }
        return new Preset.Installed(connectorId, connectionId, Map.copyOf(interfaceIds), List.copyOf(flowNames));
    }

    private long connector(Preset preset) {
        Optional<Connector> mine = connectorRepository.findByPreset(preset.key());
        if (mine.isPresent()) return mine.get().id();
        String name = preset.connector().name();
        if (connectorRepository.nameTaken(name, null)) name = name + " · " + preset.key();
        long id = connectors.create(new ConnectorDraft(name, preset.connector().description())).id();
        connectorRepository.markPreset(id, preset.key());
        return id;
    }

    private long connection(Preset preset, long connectorId) {
        ConnectionDraft d = preset.connection();
        ConnectionDraft draft = new ConnectionDraft(connectorId, d.name(), d.baseUrl(), d.authScheme(), d.authParam(), d.key(),
                d.secret(), d.limits(), d.enabled());
        Optional<Connection> same = connectionRepository(connectorId);
        return same.isPresent() ? connections.update(same.get().id(), draft).id() : connections.create(draft).id();
    }

    private Optional<Connection> connectionRepository(long connectorId) {
        return connections.ofConnector(connectorId).stream().findFirst();
    }

    private static ApiInterfaceDraft withConnector(ApiInterfaceDraft d, long connectorId) {
        return new ApiInterfaceDraft(connectorId, d.name(), d.apiName(), d.description(), d.method(), d.path(), d.query(),
                d.headers(), d.bodyType(), d.body(), d.params(), d.fields(), d.rules(), d.codes());
    }
}
