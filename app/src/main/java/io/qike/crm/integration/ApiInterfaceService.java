package io.qike.crm.integration;

import io.qike.crm.integration.call.ConfigCache;
import io.qike.crm.integration.call.ConnectionTargets;
import io.qike.crm.integration.call.InterfaceCaller;
import io.qike.crm.integration.flow.RunRecorder;
import io.qike.crm.integration.store.ConnectorRepository;
import io.qike.crm.integration.store.FlowRepository;
import io.qike.crm.integration.store.InterfaceRepository;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.validation.Text;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interfaces (接口) of a connector, and the test call that shows what a call really does. */
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class ApiInterfaceService {
    static final String OBJECT = "INTEGRATION_INTERFACE";
    private final InterfaceRepository repository;
    private final ConnectorRepository connectors;
    private final FlowRepository flows;
    private final ConnectionTargets targets;
    private final InterfaceCaller caller;
    private final RunRecorder runs;
    private final AuditLog audit;
    private final ConfigCache cache;

    ApiInterfaceService(InterfaceRepository repository, ConnectorRepository connectors, FlowRepository flows, ConnectionTargets targets,
                        InterfaceCaller caller, RunRecorder runs, AuditLog audit, ConfigCache cache) {
        this.repository = repository;
        this.connectors = connectors;
        this.flows = flows;
        this.targets = targets;
        this.caller = caller;
        this.runs = runs;
        this.audit = audit;
        this.cache = cache;
    }

    public List<ApiInterface> ofConnector(long connectorId) {
        connectors.find(connectorId).orElseThrow(() -> new NotFoundException("connector", connectorId));
        return repository.ofConnector(connectorId);
    }

    public List<ApiInterface> all() {
        return repository.all();
    }

    public ApiInterface get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("interface", id));
    }

    @Transactional
    public ApiInterface create(ApiInterfaceDraft d) {
        if (d.connectorId() == null || connectors.find(d.connectorId()).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("connectorId", "not_found"));
        }
        ApiInterfaceDraft clean = normalise(d, d.connectorId());
        InterfaceChecks.check(clean);
        if (repository.apiNameTaken(clean.connectorId(), clean.apiName(), null)) throw new InvalidInputException(FieldProblem.of("apiName", "code_taken"));
        long id = repository.insert(clean.connectorId(), clean);
        audit.record("CREATE", OBJECT, id, clean.name());
        return get(id);
    }

    @Transactional
    public ApiInterface update(long id, ApiInterfaceDraft d) {
        ApiInterface before = get(id);
        ApiInterfaceDraft clean = normalise(d, before.connectorId());
        InterfaceChecks.check(clean);
        if (repository.apiNameTaken(before.connectorId(), clean.apiName(), id)) throw new InvalidInputException(FieldProblem.of("apiName", "code_taken"));
        repository.update(id, clean);
        audit.record("UPDATE", OBJECT, id, clean.name(), Map.of("definition", new AuditLog.Change(before.definition(), clean)));
        cache.clear();
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        ApiInterface api = get(id);
        List<String> users = flows.usedBy("interfaceId", id);
        if (!users.isEmpty()) throw new ConflictException("in_use", "error.in_use", Map.of("flows", users));
        repository.delete(id);
        audit.record("DELETE", OBJECT, id, api.name());
        cache.clear();
    }

    /** Calls the interface for real (it counts in the ledger and the run log) and shows everything, redacted. */
    public CallResult testCall(long id, long connectionId, Map<String, Object> params) {
        ApiInterface api = get(id);
        var target = targets.target(connectionId);
        if (target.connection().connectorId() != api.connectorId()) {
            throw new InvalidInputException(FieldProblem.of("connectionId", "not_found"));
        }
        long t0 = System.currentTimeMillis();
        CallResult result = caller.call(api, target, params);
        runs.testCall(api, params, result, t0);
        return result;
    }

    private static ApiInterfaceDraft normalise(ApiInterfaceDraft d, long connectorId) {
        return new ApiInterfaceDraft(connectorId, Text.trimToNull(d.name()), Text.trimToNull(d.apiName()), Text.trimToNull(d.description()),
                d.method() == null ? "GET" : d.method().trim().toUpperCase(), d.path() == null ? "" : d.path().trim(),
                d.query(), d.headers(), d.bodyType(), d.body(), d.params(), d.fields(), d.rules(), d.codes());
    }
}
