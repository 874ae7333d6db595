package io.qike.crm.integration;

import io.qike.crm.integration.call.ConfigCache;
import io.qike.crm.integration.store.ConnectorRepository;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Connectors (连接器): create, rename, delete (with their connections and interfaces). */
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class ConnectorService {
    static final String OBJECT = "INTEGRATION_CONNECTOR";
    private final ConnectorRepository repository;
    private final AuditLog audit;
    private final ConfigCache cache;

    ConnectorService(ConnectorRepository repository, AuditLog audit, ConfigCache cache) {
        this.repository = repository;
        this.audit = audit;
        this.cache = cache;
    }

    public List<Connector> list() {
        return repository.list();
    }

    public Connector get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("connector", id));
    }

    @Transactional
    public Connector create(ConnectorDraft draft) {
        String name = check(draft, null);
        long id = repository.insert(name, Text.trimToNull(draft.description()));
        audit.record("CREATE", OBJECT, id, name);
        return get(id);
    }

    @Transactional
    public Connector update(long id, ConnectorDraft draft) {
        Connector before = get(id);
        String name = check(draft, id);
        repository.update(id, name, Text.trimToNull(draft.description()));
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        if (!before.name().equals(name)) changes.put("name", new AuditLog.Change(before.name(), name));
        if (!Objects.equals(before.description(), Text.trimToNull(draft.description()))) {
            changes.put("description", new AuditLog.Change(before.description(), Text.trimToNull(draft.description())));
        }
        audit.record("UPDATE", OBJECT, id, name, changes);
        cache.clear();
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        Connector c = get(id);
        repository.delete(id);
        audit.record("DELETE", OBJECT, id, c.name());
        cache.clear();
    }

    private String check(ConnectorDraft d, Long self) {
        Checks p = new Checks();
        p.text("name", d.name(), 100, true);
        p.text("description", d.description(), 2000, false);
        if (p.isEmpty() && repository.nameTaken(d.name().trim(), self)) p.add("name", "name_taken");
        p.throwIfAny();
        return d.name().trim();
    }
}
