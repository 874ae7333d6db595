package io.qike.crm.salesrecord.web;

import io.qike.crm.contact.ContactService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.FormErrors;
import io.qike.crm.salesrecord.SalesRecord;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The timeline and the composer on a customer's page and on a lead's (htmx fragments), and attachment downloads. */
@Controller
class SalesRecordPageController {
    private final SalesRecordService records;
    private final ContactService contacts;
    private final FormErrors formErrors;
    private final CustomFields customFields;

    SalesRecordPageController(SalesRecordService records, ContactService contacts, FormErrors formErrors, CustomFields customFields) {
        this.customFields = customFields;
        this.records = records;
        this.contacts = contacts;
        this.formErrors = formErrors;
    }

    @GetMapping("/customers/{customerId}/records")
    String timeline(@PathVariable long customerId, Model model) {
        return render(Timeline.customer(customerId), model, Map.of(), null);
    }

    /** A lead's records on its page (before it becomes a customer): the same timeline, composer and inline edit. */
    @GetMapping("/leads/{leadId}/records")
    String leadTimeline(@PathVariable long leadId, Model model) {
        return render(Timeline.lead(leadId), model, Map.of(), null);
    }

    @PostMapping("/customers/{customerId}/records")
    String create(@PathVariable long customerId, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String content, @RequestParam(required = false) String occurredAt,
                  @RequestParam(required = false) Long contactId, @RequestParam(required = false) String nextFollowUpAt,
                  @RequestParam(value = "files", required = false) List<MultipartFile> files,
                  HttpServletRequest request, Model model) {
        return create(Timeline.customer(customerId), new SalesRecordDraft(customerId, contactId, type, content, occurredAt, Map.of(),
                nextFollowUpAt), files, request, model);
    }

    @PostMapping("/leads/{leadId}/records")
    String createOnLead(@PathVariable long leadId, @RequestParam(required = false) String type,
                        @RequestParam(required = false) String content, @RequestParam(required = false) String occurredAt,
                        @RequestParam(value = "files", required = false) List<MultipartFile> files,
                        HttpServletRequest request, Model model) {
        return create(Timeline.lead(leadId), new SalesRecordDraft(null, null, type, content, occurredAt, Map.of(), null, leadId),
                files, request, model);
    }

    private String create(Timeline on, SalesRecordDraft draft, List<MultipartFile> files, HttpServletRequest request, Model model) {
        try {
            records.create(draft, Uploads.of(files));
            return render(on, model, Map.of(), null);
        } catch (InvalidInputException e) {
            return render(on, model, formErrors.of(request, e), draft);
        }
    }

    /** The timeline with this record's inline edit form in its place. */
    @GetMapping("/customers/{customerId}/records/{id}/edit")
    String edit(@PathVariable long customerId, @PathVariable long id, Model model) {
        return edit(Timeline.customer(customerId), id, model);
    }

    @GetMapping("/leads/{leadId}/records/{id}/edit")
    String editOnLead(@PathVariable long leadId, @PathVariable long id, Model model) {
        return edit(Timeline.lead(leadId), id, model);
    }

    private String edit(Timeline on, long id, Model model) {
        SalesRecord r = records.get(id);
        model.addAttribute("editing", new Editing(id, records.draftOf(r), r.custom(), r.attachments(), Map.of()));
        return render(on, model, Map.of(), null);
    }

    @PostMapping("/customers/{customerId}/records/{id}")
    String update(@PathVariable long customerId, @PathVariable long id, @ModelAttribute RecordForm form,
                  @RequestParam(value = "files", required = false) List<MultipartFile> files,
                  HttpServletRequest request, Model model) {
        return update(Timeline.customer(customerId), id, form, files, request, model);
    }

    @PostMapping("/leads/{leadId}/records/{id}")
    String updateOnLead(@PathVariable long leadId, @PathVariable long id, @ModelAttribute RecordForm form,
                        @RequestParam(value = "files", required = false) List<MultipartFile> files,
                        HttpServletRequest request, Model model) {
        return update(Timeline.lead(leadId), id, form, files, request, model);
    }

    private String update(Timeline on, long id, RecordForm form, List<MultipartFile> files, HttpServletRequest request, Model model) {
        SalesRecordDraft draft = form.toDraft(on.customerId(), on.leadId());
        try {
            records.update(id, draft, Uploads.of(files), form.getRemoveAttachments());
        } catch (InvalidInputException e) {
            SalesRecord r = records.get(id);
            model.addAttribute("editing", new Editing(id, draft, draft.custom(), r.attachments(), formErrors.of(request, e)));
        }
        return render(on, model, Map.of(), null);
    }

    /** The record being edited on the timeline: what the form shows, and its problems after a refused save. */
    public record Editing(long id, SalesRecordDraft draft, Map<String, Object> custom, List<SalesRecord.Attachment> attachments,
                          Map<String, String> errors) {
    }

    @PostMapping("/customers/{customerId}/records/{id}/delete")
    String delete(@PathVariable long customerId, @PathVariable long id, Model model) {
        records.delete(id);
        return render(Timeline.customer(customerId), model, Map.of(), null);
    }

    @PostMapping("/leads/{leadId}/records/{id}/delete")
    String deleteOnLead(@PathVariable long leadId, @PathVariable long id, Model model) {
        records.delete(id);
        return render(Timeline.lead(leadId), model, Map.of(), null);
    }

    /** Whose timeline a request shows: a customer's or a lead's (exactly one), and the address its forms post to. */
    record Timeline(Long customerId, Long leadId) {
        static Timeline customer(long id) {
            return new Timeline(id, null);
        }

        static Timeline lead(long id) {
            return new Timeline(null, id);
        }

        String path() {
            return customerId != null ? "/customers/" + customerId + "/records" : "/leads/" + leadId + "/records";
        }
    }

    @GetMapping("/sales-records/{id}/attachments/{attachmentId}")
    ResponseEntity<FileSystemResource> download(@PathVariable long id, @PathVariable long attachmentId) {
        Map.Entry<SalesRecord.Attachment, Path> found = records.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.getKey().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(found.getKey().contentType()))
                .body(new FileSystemResource(found.getValue()));
    }

    private String render(Timeline on, Model model, Map<String, String> errors, SalesRecordDraft draft) {
        List<SalesRecord> shown = on.customerId() != null ? records.forCustomer(on.customerId(), 200) : records.forLead(on.leadId(), 200);
        model.addAttribute("records", shown);
        model.addAttribute("editable", shown.stream().filter(records::mayEdit).map(SalesRecord::id).collect(Collectors.toSet()));
        model.addAttribute("deletable", shown.stream().filter(records::mayDelete).map(SalesRecord::id).collect(Collectors.toSet()));
        model.addAttribute("fields", customFields.definitions(CustomObject.SALES_RECORD));
        if (!model.containsAttribute("editing")) model.addAttribute("editing", null);
        model.addAttribute("contacts", on.customerId() == null ? List.of() : contacts.search(null, on.customerId(), 0, 100).items());
        model.addAttribute("customerId", on.customerId());
        model.addAttribute("leadId", on.leadId());
        model.addAttribute("recordsPath", on.path());
        model.addAttribute("types", SalesRecordService.TYPES);
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draft);
        model.addAttribute("canCreate", CurrentUser.require().can(Permission.SALESRECORD_CREATE));
        return "records/timeline :: timeline";
    }
}
