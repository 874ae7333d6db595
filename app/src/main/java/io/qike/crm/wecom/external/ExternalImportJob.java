package io.qike.crm.wecom.external;

import io.qike.crm.platform.jobs.JobContext;
import io.qike.crm.platform.jobs.JobHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 导入全部外部联系人: page by page through the external contacts of the submitter's bound members, importing those not
 * imported yet. The checkpoint is the listing's cursor after each page; a resumed job lists that page again and
 * skips what is bound already. Those that need a customer are reported in the result, not dropped.
 */
@Component
class ExternalImportJob implements JobHandler {
    /** How many of those needing a customer the result names (the list page shows the rest with its filter). */
    static final int NAMED = 100;
    private final ExternalContactService service;

    ExternalImportJob(ExternalContactService service) {
        this.service = service;
    }

    @Override
    public String kind() {
        return ExternalContactService.JOB_KIND;
    }

    @Override
    public void run(JobContext job) {
        Long customerId = job.params().get("customerId") instanceof Number n ? n.longValue() : null;
        Map<ImportResult.Status, Integer> counts = new LinkedHashMap<>();
        for (ImportResult.Status s : ImportResult.Status.values()) counts.put(s, 0);
        List<String> needing = new ArrayList<>();
        int done = job.done();
        String cursor = job.checkpoint();
        do {
            ExternalContactList page = service.list(cursor, null, null, null);
            for (ExternalContactRow row : page.items()) {
                if (job.cancelled()) break;
                ImportResult r = row.contactId() != null
                        ? new ImportResult(row.externalUserId(), ImportResult.Status.ALREADY_IMPORTED, row.contactId(), null, null)
                        : service.importResult(row.externalUserId(), customerId);
                counts.merge(r.status(), 1, Integer::sum);
                if (r.status() == ImportResult.Status.NEEDS_CUSTOMER && needing.size() < NAMED) needing.add(row.externalUserId());
                done++;
            }
            cursor = page.nextCursor();
            job.progress(done, cursor == null ? done : done + 1, cursor);
        } while (cursor != null && !job.cancelled());
        Map<String, Object> result = new LinkedHashMap<>();
        counts.forEach((k, v) -> result.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        result.put("needsCustomerIds", needing);
        job.result(result);
    }
}
