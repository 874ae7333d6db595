package io.qike.crm.lead.web;

import io.qike.crm.lead.Lead;
import io.qike.crm.lead.LeadConversion;
import io.qike.crm.lead.LeadConversionDraft;
import io.qike.crm.lead.LeadDraft;
import io.qike.crm.lead.LeadEvent;
import io.qike.crm.lead.LeadPage;
import io.qike.crm.lead.LeadQuery;
import io.qike.crm.lead.LeadService;
import io.qike.crm.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "销售线索")
class LeadApiController {
    record Assignment(Long ownerId) {
    }

    record Return(String reason, @Schema(description = "For a lead that never was in a pool: the pool it goes to") Long poolId) {
    }

    private final LeadService leads;
    private final LeadConversion conversion;
    private final JsonPatches patches;

    LeadApiController(LeadService leads, LeadConversion conversion, JsonPatches patches) {
        this.leads = leads;
        this.conversion = conversion;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "List and filter the leads owned within the caller's data scope",
            description = "Newest first; q searches company, contact, mobile and e-mail; a wrong status or date is a 400 with field errors")
    LeadPage list(@RequestParam(required = false) String q,
                  @Parameter(description = "NEW, FOLLOWING, CONVERTED or INVALID") @RequestParam(required = false) String status,
                  @Parameter(description = "Created on or after (yyyy-MM-dd)", schema = @Schema(type = "string", format = "date"))
                  @RequestParam(required = false) String createdFrom,
                  @Parameter(description = "Created on or before (yyyy-MM-dd)", schema = @Schema(type = "string", format = "date"))
                  @RequestParam(required = false) String createdTo,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return leads.search(new LeadQuery(q, status, createdFrom, createdTo, page, size));
    }

    @PostMapping
    @Operation(summary = "Create a lead: the caller's, another user's (ownerId), or waiting in a pool (poolId without ownerId)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Lead> create(@RequestBody LeadDraft draft) {
        long id = leads.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + id)).body(leads.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A lead visible to the caller (owned within the data scope, or waiting in one of the caller's pools)")
    Lead get(@PathVariable long id) {
        return leads.get(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A lead's history: claims, assignments, returns with their reasons, the conversion; newest first")
    List<LeadEvent> history(@PathVariable long id) {
        return leads.history(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields of a lead (JSON merge patch: absent fields stay, null clears)")
    Lead patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
        return leads.update(id, patches.apply(leads.draftOf(leads.get(id)), changes, LeadDraft.class));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a lead; 204 when done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        leads.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim (领取) a lead waiting in one of the caller's pools",
            description = "409 lead_taken when another member claimed it first, 409 lead_claim_cap when the caller holds the pool's cap")
    Lead claim(@PathVariable long id) {
        return leads.claim(id);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign (分配) a lead to a member of its pool (pool admins, LEAD_ASSIGN, ADMIN_SALES)")
    Lead assign(@PathVariable long id, @RequestBody Assignment assignment) {
        return leads.assign(id, assignment.ownerId());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return (退回) the caller's lead to its pool with a reason, kept in the lead's history")
    Lead giveBack(@PathVariable long id, @RequestBody Return request) {
        return leads.giveBack(id, request.reason(), request.poolId());
    }

    @PostMapping("/{id}/convert")
    @Operation(summary = "Convert (转换) a lead into a customer and contact, optionally asking for an opportunity",
            description = "The duplicate check runs first: 409 lead_duplicate_customer names a customer with the same credit code "
            + "or normalised name; send its customerId to add the contact to it, or createNew=true for a new customer of a "
            + "similar name. createNew is optional (default false, as on the page when no choice is made): without it a new "
            + "customer is made unless the check finds one. customerCustom and contactCustom give the custom field values (code → value) of the new customer "
            + "(not needed when converting into an existing one) and of the new contact; a missing or wrong one is a 400 naming "
            + "customerCustom.<code> or contactCustom.<code>. All or nothing")
    LeadConversion.Converted convert(@PathVariable long id, @RequestBody LeadConversionDraft draft) {
        return conversion.convert(id, draft);
    }
}
