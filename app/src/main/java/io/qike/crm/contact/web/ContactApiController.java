package io.qike.crm.contact.web;

import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactPage;
import io.qike.crm.contact.ContactQuery;
import io.qike.crm.contact.ContactService;
import io.qike.crm.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "联系人")
class ContactApiController {
    private final ContactService contacts;
    private final JsonPatches patches;

    ContactApiController(ContactService contacts, JsonPatches patches) {
        this.contacts = contacts;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "List and filter the contacts visible to the caller",
            description = "Newest first; q searches name, mobile and e-mail. "
            + "The other parameters filter, each within the caller's data scope; a wrong date or id is a 400 with field errors")
    ContactPage list(@RequestParam(required = false) String q,
                     @Parameter(description = "The contact's customer", schema = @Schema(type = "integer", format = "int64"))
                     @RequestParam(required = false) String customerId,
                     @Parameter(description = "The owner's department, including the departments below it",
                             schema = @Schema(type = "integer", format = "int64"))
                     @RequestParam(required = false) String departmentId,
                     @Parameter(description = "Created on or after (yyyy-MM-dd)", schema = @Schema(type = "string", format = "date"))
                     @RequestParam(required = false) String createdFrom,
                     @Parameter(description = "Created on or before (yyyy-MM-dd)", schema = @Schema(type = "string", format = "date"))
                     @RequestParam(required = false) String createdTo,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return contacts.search(new ContactQuery(q, customerId, departmentId, createdFrom, createdTo, page, size));
    }

    @PostMapping
    @Operation(summary = "Create a contact of a customer")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Contact> create(@RequestBody ContactDraft draft) {
        long id = contacts.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + id)).body(contacts.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A contact visible to the caller")
    Contact get(@PathVariable long id) {
        return contacts.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields of a contact (JSON merge patch: absent fields stay, null clears)")
    Contact patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
        return contacts.update(id, patches.apply(contacts.draftOf(contacts.get(id)), changes, ContactDraft.class));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a contact; 204 when done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        contacts.delete(id);
        return ResponseEntity.noContent().build();
    }
}
