package io.qike.crm.platform.audit;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.QikeUser;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes audit entries in the caller's transaction, so a rolled-back change leaves no entry. */
@Component
class JdbcAuditLog implements AuditLog {
    private final AuditRepository repository;
    private final JsonMapper json;

    JdbcAuditLog(AuditRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Override
    public void record(String action, String objectType, Long objectId, String objectName, Map<String, Change> changes) {
        QikeUser user = CurrentUser.find().orElse(null);
        repository.insert(user == null ? null : user.userId(), user == null ? "system" : user.displayName(), action, objectType,
                objectId, objectName, changes.isEmpty() ? null : json.writeValueAsString(changes));
    }

    @Override
    public void recordAll(String action, String objectType, java.util.List<Item> items) {
        if (items.isEmpty()) return;
        QikeUser user = CurrentUser.find().orElse(null);
        repository.insertAll(user == null ? null : user.userId(), user == null ? "system" : user.displayName(), action, objectType,
                items.stream().map(Item::objectId).toArray(Long[]::new), items.stream().map(Item::objectName).toArray(String[]::new),
                items.stream().map(i -> i.changes().isEmpty() ? null : json.writeValueAsString(i.changes())).toArray(String[]::new));
    }
}
