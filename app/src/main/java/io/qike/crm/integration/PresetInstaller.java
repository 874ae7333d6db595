package io.qike.crm.integration;

import io.qike.crm.integration.store.ConnectorStore;
import io.qike.crm.integration.store.FlowStore;
import io.qike.crm.integration.store.InterfaceStore;
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
    private final ConnectorStore connectorStore;
    private final InterfaceStore interfaceStore;
    private final FlowStore flowStore;

    PresetInstaller(ConnectorService connectors, ConnectionService connections, ApiInterfaceService interfaces,
                    ActionFlowService flows, ConnectorStore connectorStore, InterfaceStore interfaceStore, FlowStore flowStore) {
        this.connectors = connectors;
        this.connections = connections;
        this.interfaces = interfaces;
        this.flows = flows;
        this.connectorStore = connectorStore;
        this.interfaceStore = interfaceStore;
        this.flowStore = flowStore;
    }

    /** The preset's connector, if it was installed in this tenant. */
    public Optional<Connector> connectorOf(String presetKey) {
        return connectorStore.findByPreset(presetKey);
    }

    /** The preset's connection, if it was installed in this tenant. */
    public Optional<Connection> connectionOf(String presetKey) {
        return connectorOf(presetKey).flatMap(c -> connectionStore(c.id()));
    }

    @Transactional
    public Preset.Installed install(Preset preset) {
        long connectorId = connector(preset);
        long connectionId = connection(preset, connectorId);
        Map<String, Long> interfaceIds = new LinkedHashMap<>();
        List<ApiInterface> existing = interfaceStore.ofConnector(connectorId);
        for (ApiInterfaceDraft d : preset.interfaces()) {
            ApiInterfaceDraft draft = withConnector(d, connectorId);
            Optional<ApiInterface> same = existing.stream().filter(i -> i.apiName().equals(d.apiName())).findFirst();
            interfaceIds.put(d.apiName(), same.isPresent() ? interfaces.update(same.get().id(), draft).id() : interfaces.create(draft).id());
        }
        Preset.Installed partial = new Preset.Installed(connectorId, connectionId, Map.copyOf(interfaceIds), List.of());
        List<String> flowNames = new ArrayList<>();
        for (ActionFlowDraft d : preset.flows().apply(partial)) {
            Optional<ActionFlow> same = flowStore.findByApiName(d.apiName());
            if (same.isPresent()) flows.update(same.get().id(), d);
            else flows.create(d);
            flowNames.add(d.apiName());
        }
        return new Preset.Installed(connectorId, connectionId, Map.copyOf(interfaceIds), List.copyOf(flowNames));
    }

    private long connector(Preset preset) {
        Optional<Connector> mine = connectorStore.findByPreset(preset.key());
        if (mine.isPresent()) return mine.get().id();
        String name = preset.connector().name();
        if (connectorStore.nameTaken(name, null)) name = name + " · " + preset.key();
        long id = connectors.create(new ConnectorDraft(name, preset.connector().description())).id();
        connectorStore.markPreset(id, preset.key());
        return id;
    }

    private long connection(Preset preset, long connectorId) {
        ConnectionDraft d = preset.connection();
        ConnectionDraft draft = new ConnectionDraft(connectorId, d.name(), d.baseUrl(), d.authScheme(), d.authParam(), d.key(),
                d.secret(), d.limits(), d.enabled());
        Optional<Connection> same = connectionStore(connectorId);
        return same.isPresent() ? connections.update(same.get().id(), draft).id() : connections.create(draft).id();
    }

    private Optional<Connection> connectionStore(long connectorId) {
        return connections.ofConnector(connectorId).stream().findFirst();
    }

    private static ApiInterfaceDraft withConnector(ApiInterfaceDraft d, long connectorId) {
        return new ApiInterfaceDraft(connectorId, d.name(), d.apiName(), d.description(), d.method(), d.path(), d.query(),
                d.headers(), d.bodyType(), d.body(), d.params(), d.fields(), d.rules(), d.codes());
    }
}
