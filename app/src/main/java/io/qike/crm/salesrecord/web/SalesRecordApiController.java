package io.qike.crm.salesrecord.web;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.JsonPatches;
import io.qike.crm.salesrecord.SalesRecord;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/sales-records")
@Tag(name = "Sales records", description = "销售记录")
class SalesRecordApiController {
    private final SalesRecordService records;
    private final JsonPatches patches;

    SalesRecordApiController(SalesRecordService records, JsonPatches patches) {
        this.records = records;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "Sales records of a customer or of a lead (newest first), or the latest ones visible to the caller",
            description = "customerId or leadId, not both; a lead the caller does not see is 404.")
    List<SalesRecord> list(@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long leadId,
                           @RequestParam(defaultValue = "50") int size) {
        if (customerId != null && leadId != null) throw new InvalidInputException(FieldProblem.of("leadId", "customer_or_lead"));
        if (leadId != null) return records.forLead(leadId, size);
        return customerId == null ? records.latest(size) : records.forCustomer(customerId, size);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a visit, call or other sales activity on a customer or on a lead",
            description = "Exactly one of customerId and leadId. A lead's record has no contact and no nextFollowUpAt.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SalesRecord> create(@RequestBody SalesRecordDraft draft) {
        long id = records.create(draft, List.of());
        return ResponseEntity.created(URI.create("/api/v1/sales-records/" + id)).body(records.get(id));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Create with attachments: part 'record' (JSON) and parts 'files'")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SalesRecord> createWithFiles(@RequestPart("record") SalesRecordDraft draft,
                                                @RequestPart(value = "files", required = false) List<MultipartFile> files) {
        long id = records.create(draft, Uploads.of(files));
        return ResponseEntity.created(URI.create("/api/v1/sales-records/" + id)).body(records.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A sales record with its attachments")
    SalesRecord get(@PathVariable long id) {
        return records.get(id);
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a record's type, content, time, contact, custom fields and next follow-up (its customer or lead stays)",
            description = "The author needs salesrecord:edit; anyone else also salesrecord:edit-others (403 otherwise). "
                    + "A blank occurredAt keeps the recorded time; a missing custom keeps the stored values; a missing "
                    + "nextFollowUpAt keeps the planned follow-up, an empty one clears it (its to-do goes), another time moves it.")
    SalesRecord replace(@PathVariable long id, @RequestBody SalesRecordDraft draft) {
        return records.update(id, draft);
    }

    @PutMapping(value = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace a record with attachments: part 'record' (JSON), parts 'files' to add, "
            + "'removeAttachments' (attachment ids) to remove")
    SalesRecord replaceWithFiles(@PathVariable long id, @RequestPart("record") SalesRecordDraft draft,
                                 @RequestPart(value = "files", required = false) List<MultipartFile> files,
                                 @RequestParam(value = "removeAttachments", required = false) List<Long> removeAttachments) {
        return records.update(id, draft, Uploads.of(files), removeAttachments == null ? List.of() : removeAttachments);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields of a record; the same rights as PUT",
            description = "\"nextFollowUpAt\": null (or empty) clears the planned follow-up.")
    SalesRecord patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
        Map<String, Object> merged = changes;
        if (changes.containsKey("nextFollowUpAt") && changes.get("nextFollowUpAt") == null) { // merge patch: null removes
            merged = new java.util.HashMap<>(changes);
            merged.put("nextFollowUpAt", "");
        }
        return records.update(id, patches.apply(records.draftOf(records.get(id)), merged, SalesRecordDraft.class));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a sales record with its attachments; 204 when done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        records.delete(id);
        return ResponseEntity.noContent().build();
    }
}
