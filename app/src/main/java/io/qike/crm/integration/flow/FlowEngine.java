package io.qike.crm.integration.flow;

import io.qike.crm.integration.ActionFlow;
import io.qike.crm.integration.ActionFlows;
import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.CallResult;
import io.qike.crm.integration.Connection;
import io.qike.crm.integration.FlowDescription;
import io.qike.crm.integration.FlowNode;
import io.qike.crm.integration.FlowResult;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.call.ConfigCache;
import io.qike.crm.integration.call.ConnectionTargets;
import io.qike.crm.integration.call.InterfaceCaller;
import io.qike.crm.integration.store.ConnectionRepository;
import io.qike.crm.integration.store.FlowRepository;
import io.qike.crm.integration.store.InterfaceRepository;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Runs action flows for any signed-in user (or system work) of the current tenant, and logs every run. */
@Component
class FlowEngine implements ActionFlows {
    private static final Logger log = LoggerFactory.getLogger(FlowEngine.class);
    private final FlowRepository flows;
    private final InterfaceRepository interfaces;
    private final ConnectionRepository connections;
    private final ConnectionTargets targets;
    private final InterfaceCaller caller;
    private final RunRecorder runs;
    private final ConfigCache cache;
    private final MessageSource messages;

    FlowEngine(FlowRepository flows, InterfaceRepository interfaces, ConnectionRepository connections, ConnectionTargets targets,
               InterfaceCaller caller, RunRecorder runs, ConfigCache cache, MessageSource messages) {
        this.flows = flows;
        this.interfaces = interfaces;
        this.connections = connections;
        this.targets = targets;
        this.caller = caller;
        this.runs = runs;
        this.cache = cache;
        this.messages = messages;
    }

    @Override
    public FlowResult invoke(String apiName, Map<String, Object> inputs) {
        if (TenantContext.currentTenantId() == null) throw new IllegalStateException("Action flows run in a tenant");
        ActionFlow flow = find(apiName).orElseThrow(() -> new NotFoundException("action_flow", apiName));
        if (!flow.enabled()) throw new ConflictException("flow_disabled", "error.flow_disabled", Map.of("flow", apiName));
        Map<String, Object> values = FlowInputs.check(flow.definition().inputs(), inputs);
        long started = System.currentTimeMillis();
        FlowExecution run = new FlowExecution(flow, values, this::call);
        FlowExecution.End end;
        String error = null;
        try {
            end = run.run();
        } catch (RuntimeException e) {
            log.error("Action flow {} failed unexpectedly", apiName, e);
            end = new FlowExecution.End(FlowStatus.FAILURE, Map.of(), "internal_error", null, null, null);
            error = e.getClass().getSimpleName();
        }
        String message = end.message() == null ? null : messages.getMessage(end.message(), null, end.message(), LocaleContextHolder.getLocale());
        Long runId = runs.flowRun(apiName, flow.version(), values, end.outputs(), end.status(), end.code(),
                message != null ? message : end.providerMessage(), run.traces(), started, error);
        return new FlowResult(end.status(), end.outputs(), end.code(), end.code() == null ? null : "integration.outcome." + end.code(),
                message, end.providerCode(), end.providerMessage(), runId);
    }

    @Override
    public Optional<FlowDescription> describe(String apiName) {
        return find(apiName).map(FlowEngine::description);
    }

    @Override
    public Optional<java.math.BigDecimal> costPerRun(String apiName) {
        Optional<ActionFlow> flow = find(apiName);
        if (flow.isEmpty()) return Optional.empty();
        java.math.BigDecimal sum = null;
        for (FlowNode n : flow.get().definition().nodes()) {
            if (!(n instanceof FlowNode.Call call)) continue;
            Long connectionId = call.connectionId();
            if (connectionId == null && call.interfaceId() != null) {
                connectionId = cache.get("interface", call.interfaceId(), () -> interfaces.find(call.interfaceId()))
                        .map(api -> defaultConnection(api.connectorId())).orElse(null);
            }
            java.math.BigDecimal price = connectionId == null ? null
                    : targets.row(connectionId).map(r -> r.connection().limits().costPerCall()).orElse(null);
            if (price != null) sum = sum == null ? price : sum.add(price);
        }
        return Optional.ofNullable(sum);
    }

    @Override
    public List<FlowDescription> list() {
        return flows.list().stream().map(FlowEngine::description).toList();
    }

    private Optional<ActionFlow> find(String apiName) {
        return cache.get("flow", apiName, () -> flows.findByApiName(apiName));
    }

    private static FlowDescription description(ActionFlow f) {
        return new FlowDescription(f.apiName(), f.name(), f.enabled(), f.version(), f.definition().inputs(), f.definition().outputs());
    }

    /** One CALL node: finds its interface and connection, then calls; every problem becomes a FAILURE result. */
    private CallResult call(FlowNode.Call node, Map<String, Object> params) {
        Optional<ApiInterface> api = node.interfaceId() == null ? Optional.empty()
                : cache.get("interface", node.interfaceId(), () -> interfaces.find(node.interfaceId()));
        if (api.isEmpty()) return failure("interface_missing", null);
        Long connectionId = node.connectionId() != null ? node.connectionId() : defaultConnection(api.get().connectorId());
        if (connectionId == null || targets.row(connectionId).isEmpty()) return failure("connection_missing", null);
        try {
            return caller.call(api.get(), targets.target(connectionId), params);
        } catch (InvalidInputException e) {
            return failure("invalid_input", e.getMessage());
        }
    }

    private Long defaultConnection(long connectorId) {
        List<Connection> enabled = cache.get("connections-of", connectorId, () -> Optional.of(connections.ofConnector(connectorId)))
                .orElse(List.of()).stream().filter(Connection::enabled).toList();
        return enabled.size() == 1 ? enabled.get(0).id() : null;
    }

    private static CallResult failure(String code, String error) {
        return new CallResult(FlowStatus.FAILURE, code, null, null, null, false, Map.of(), null, null, 0, 0, error);
    }
}
