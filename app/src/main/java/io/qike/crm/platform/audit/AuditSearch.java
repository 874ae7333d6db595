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

    @RequiresPermission(Permission.ADMIN_AUDIT)
    public List<AuditEntry> search(String q, String objectType, String action, int page, int size) {
        return repository.search(q, objectType, action, page, size);
    }

    public List<String> objectTypes() {
        return repository.objectTypes();
    }
}
