package io.qike.crm.integration;

import io.qike.crm.integration.call.ConfigCache;
import io.qike.crm.integration.store.ConnectionRepository;
import io.qike.crm.integration.store.FlowRepository;
import io.qike.crm.integration.store.InterfaceRepository;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.validation.Text;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Action flows (动作流): save (each save is a new version), enable/disable, delete, version history. */
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class ActionFlowService {
    static final String OBJECT = "ACTION_FLOW";
    private final FlowRepository repository;
    private final FlowChecks checks;
    private final AuditLog audit;
    private final ConfigCache cache;

    ActionFlowService(FlowRepository repository, InterfaceRepository interfaces, ConnectionRepository connections, AuditLog audit, ConfigCache cache) {
        this.repository = repository;
        this.checks = new FlowChecks(interfaces, connections);
        this.audit = audit;
        this.cache = cache;
    }

    public List<ActionFlow> list() {
        return repository.list();
    }

    public ActionFlow get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("action_flow", id));
    }

    public List<FlowVersion> versions(long id) {
        get(id);
        return repository.versions(id);
    }

    @Transactional
    public ActionFlow create(ActionFlowDraft d) {
        ActionFlowDraft clean = normalise(d);
        checks.check(clean);
        if (repository.apiNameTaken(clean.apiName(), null)) throw new InvalidInputException(FieldProblem.of("apiName", "code_taken"));
        Permission invoke = clean.invokePermission() == null ? Permission.ADMIN_INTEGRATION : clean.invokePermission();
        long id = repository.insert(clean.apiName(), clean.name(), clean.description(), clean.enabled(), clean.definition(), invoke, savedBy());
        audit.record("CREATE", OBJECT, id, clean.name(), Map.of("version", new AuditLog.Change(null, 1),
                "invokePermission", new AuditLog.Change(null, invoke.code())));
        cache.clear();
        return get(id);
    }

    @Transactional
    public ActionFlow update(long id, ActionFlowDraft d) {
        ActionFlow before = get(id);
        ActionFlowDraft clean = normalise(d);
        checks.check(clean);
        if (repository.apiNameTaken(clean.apiName(), id)) throw new InvalidInputException(FieldProblem.of("apiName", "code_taken"));
        Permission invoke = clean.invokePermission() == null ? before.invokePermission() : clean.invokePermission();
        int version = repository.update(id, clean.apiName(), clean.name(), clean.description(), clean.enabled(), clean.definition(), invoke,
                savedBy());
        Map<String, AuditLog.Change> changes = new java.util.LinkedHashMap<>(Map.of("version", new AuditLog.Change(before.version(), version),
                "definition", new AuditLog.Change(before.definition(), clean.definition())));
        if (invoke != before.invokePermission()) changes.put("invokePermission", new AuditLog.Change(before.invokePermission().code(), invoke.code()));
        audit.record("UPDATE", OBJECT, id, clean.name(), changes);
        cache.clear();
        return get(id);
    }

    @Transactional
    public ActionFlow setEnabled(long id, boolean enabled) {
        ActionFlow f = get(id);
        repository.setEnabled(id, enabled);
        audit.record(enabled ? "ENABLE" : "DISABLE", OBJECT, id, f.name(), Map.of("enabled", new AuditLog.Change(f.enabled(), enabled)));
        cache.clear();
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        ActionFlow f = get(id);
        repository.delete(id);
        audit.record("DELETE", OBJECT, id, f.name());
        cache.clear();
    }

    private static ActionFlowDraft normalise(ActionFlowDraft d) {
        return new ActionFlowDraft(Text.trimToNull(d.apiName()), Text.trimToNull(d.name()), Text.trimToNull(d.description()),
                d.enabled() == null || d.enabled(), d.definition() == null ? new FlowDefinition(null, null) : d.definition(),
                d.invokePermission());
    }

    private static String savedBy() {
        return CurrentUser.find().map(QikeUser::displayName).orElse("system");
    }
}
