package io.qike.crm.wecom.external.web;

import io.qike.crm.platform.jobs.BackgroundJob;
import io.qike.crm.wecom.LinkedContact;
import io.qike.crm.wecom.external.ExternalContactList;
import io.qike.crm.wecom.external.ExternalContactService;
import io.qike.crm.wecom.external.ImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/wecom/external-contacts")
@Tag(name = "WeCom external contacts", description = "外部联系人 of the bound WeCom members: list, import as contacts, bind to a contact")
class ExternalContactApiController {
    /** The selected external contacts, or all of them (a background job); {@code customerId}: the customer picked for those needing one. */
    record ImportRequest(List<String> externalUserIds, Boolean all, Long customerId) {
    }

    record ImportResults(List<ImportResult> results) {
    }

    record ImportJob(long id, String status, int done, int total, Map<String, Object> result) {
    }

    record LinkRequest(Long contactId) {
    }

    private final ExternalContactService service;

    ExternalContactApiController(ExternalContactService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "One page of the external contacts of the bound members in the caller's data scope, each with what importing it would match; pass nextCursor back as cursor")
    ExternalContactList list(@RequestParam(required = false) String cursor, @RequestParam(required = false) String member,
                             @RequestParam(required = false) Boolean imported, @RequestParam(required = false) String corp) {
        return service.list(cursor, member, imported, corp);
    }

    @PostMapping("/imports")
    @Operation(summary = "Import the selected external contacts as contacts (each linked to its corp's customer), or all of them as a background job (202)")
    ResponseEntity<?> importContacts(@RequestBody ImportRequest body) {
        if (Boolean.TRUE.equals(body.all())) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(job(service.importJob(service.importAll(body.customerId()))));
        }
        return ResponseEntity.ok(new ImportResults(service.importSelected(body.externalUserIds(), body.customerId())));
    }

    @GetMapping("/imports/{jobId}")
    @Operation(summary = "Progress and result of an import-all job the caller started")
    ImportJob importJob(@PathVariable long jobId) {
        return job(service.importJob(jobId));
    }

    @GetMapping("/{externalUserId}/contact")
    @Operation(summary = "The contact an external contact is bound to")
    LinkedContact contact(@PathVariable String externalUserId) {
        return service.find(externalUserId)
                .orElseThrow(() -> new io.qike.crm.platform.NotFoundException("wecom_external_contact", externalUserId));
    }

    @PutMapping("/{externalUserId}/contact")
    @Operation(summary = "Bind an external contact to an existing contact (contact:edit); the contact then opens a WeCom chat")
    LinkedContact link(@PathVariable String externalUserId, @RequestBody LinkRequest body) {
        if (body.contactId() == null) {
            throw new io.qike.crm.platform.InvalidInputException(io.qike.crm.platform.FieldProblem.of("contactId", "required"));
        }
        return service.link(externalUserId, body.contactId());
    }

    private static ImportJob job(BackgroundJob j) {
        return new ImportJob(j.id(), j.status().name(), j.done(), j.total(), j.result());
    }
}
