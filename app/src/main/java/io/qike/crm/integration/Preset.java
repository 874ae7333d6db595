package io.qike.crm.integration;

import java.util.List;
import java.util.function.Function;

/**
 * A configuration that a module generates on the integration centre (for example the 工商信息
 * provider presets): one connector with one connection, its interfaces and the action flows over
 * them. Installing it again updates what an earlier install made, found by {@code key}.
 *
 * @param key        stable identity of the preset in a tenant, such as {@code registry.qichacha}
 * @param connector  the connector's name and description (a suffix is added if a hand-made connector has the name)
 * @param connection the connection; {@code connectorId} is ignored, a null key or secret keeps the stored one
 * @param interfaces the interfaces; {@code connectorId} is ignored, they are matched by {@code apiName}
 * @param flows      the flows, built once the interfaces and the connection have ids; matched by {@code apiName}
 */
@org.springframework.modulith.NamedInterface("presets")
public record Preset(String key, ConnectorDraft connector, ConnectionDraft connection, List<ApiInterfaceDraft> interfaces,
                     Function<Installed, List<ActionFlowDraft>> flows) {

    /** What an install made or updated. */
    public record Installed(long connectorId, long connectionId, java.util.Map<String, Long> interfaceIds, List<String> flowApiNames) {
        public long interfaceId(String apiName) {
            Long id = interfaceIds.get(apiName);
            if (id == null) throw new IllegalArgumentException("no interface " + apiName + " in this preset");
            return id;
        }
    }
}
