package io.qike.crm.salesrecord.web;

import io.qike.crm.contact.ContactService;
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
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The timeline and the composer on a customer's page (htmx fragments), and attachment downloads. */
@Controller
class SalesRecordPageController {
    private final SalesRecordService records;
    private final ContactService contacts;
    private final FormErrors formErrors;

    SalesRecordPageController(SalesRecordService records, ContactService contacts, FormErrors formErrors) {
        this.records = records;
        this.contacts = contacts;
        this.formErrors = formErrors;
    }

    @GetMapping("/customers/{customerId}/records")
    String timeline(@PathVariable long customerId, Model model) {
        return render(customerId, model, Map.of(), null);
    }

    @PostMapping("/customers/{customerId}/records")
    String create(@PathVariable long customerId, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String content, @RequestParam(required = false) String occurredAt,
                  @RequestParam(required = false) Long contactId,
                  @RequestParam(value = "files", required = false) List<MultipartFile> files,
                  HttpServletRequest request, Model model) {
        SalesRecordDraft draft = new SalesRecordDraft(customerId, contactId, type, content, occurredAt, Map.of());
        try {
            records.create(draft, Uploads.of(files));
            return render(customerId, model, Map.of(), null);
        } catch (InvalidInputException e) {
            return render(customerId, model, formErrors.of(request, e), draft);
        }
    }

    @PostMapping("/customers/{customerId}/records/{id}/delete")
    String delete(@PathVariable long customerId, @PathVariable long id, Model model) {
        records.delete(id);
        return render(customerId, model, Map.of(), null);
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

    private String render(long customerId, Model model, Map<String, String> errors, SalesRecordDraft draft) {
        model.addAttribute("records", records.forCustomer(customerId, 200));
        model.addAttribute("contacts", contacts.search(null, customerId, 0, 100).items());
        model.addAttribute("customerId", customerId);
        model.addAttribute("types", SalesRecordService.TYPES);
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draft);
        model.addAttribute("canCreate", CurrentUser.require().can(Permission.SALESRECORD_CREATE));
        return "records/timeline :: timeline";
    }
}
