package io.qike.crm.platform.audit;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import java.util.List;
import org.springframework.stereotype.Service;

/** Searching the enterprise log, for admins. */
@Service
public class AuditSearch {
    private final AuditRepository repository;

    AuditSearch(AuditRepository repository) {
        this.repository = repository;
    }

    /** One page of entries, newest first, and whether a further page exists. */
    public record Page(List<AuditEntry> entries, int page, boolean hasNext) {
    }

    @RequiresPermission(Permission.ADMIN_AUDIT)
    public List<AuditEntry> search(String q, String objectType, String action, int page, int size) {
        return repository.search(q, objectType, action, null, page, size, size);
    }

    @RequiresPermission(Permission.ADMIN_AUDIT)
    public Page page(String q, String objectType, String action, String userName, int page, int size) {
        int at = Math.max(0, page);
        List<AuditEntry> found = repository.search(q, objectType, action, userName, at, size, size + 1);
        return new Page(found.size() > size ? found.subList(0, size) : found, at, found.size() > size);
    }

    public List<String> objectTypes() {
        return repository.objectTypes();
    }

    @RequiresPermission(Permission.ADMIN_AUDIT)
    public List<String> userNames() {
        return repository.userNames();
    }
}
