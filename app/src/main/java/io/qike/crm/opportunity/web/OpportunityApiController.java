package io.qike.crm.opportunity.web;

import io.qike.crm.opportunity.Opportunity;
import io.qike.crm.opportunity.OpportunityDraft;
import io.qike.crm.opportunity.OpportunityPage;
import io.qike.crm.opportunity.OpportunityQuery;
import io.qike.crm.opportunity.OpportunityService;
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
@RequestMapping("/api/v1/opportunities")
@Tag(name = "Opportunities", description = "商机")
class OpportunityApiController {
    private final OpportunityService opportunities;
    private final JsonPatches patches;

    OpportunityApiController(OpportunityService opportunities, JsonPatches patches) {
        this.opportunities = opportunities;
        this.patches = patches;
    }

    /** A stage move: the stage (of the opportunity's process) and, for a WON or LOST stage, the reason. */
    record StageMove(Long stageId, String reason) {
    }

    @GetMapping
    @Operation(summary = "List and filter the opportunities visible to the caller",
            description = "Newest first; q searches the name. The other parameters filter, each within the caller's data scope; "
            + "a wrong date or id is a 400 with field errors")
    OpportunityPage list(@RequestParam(required = false) String q,
                         @Parameter(description = "The stage", schema = @Schema(type = "integer", format = "int64"))
                         @RequestParam(required = false) String stageId,
                         @Parameter(description = "OPEN, WON or LOST") @RequestParam(required = false) String status,
                         @Parameter(description = "The owner", schema = @Schema(type = "integer", format = "int64"))
                         @RequestParam(required = false) String ownerId,
                         @Parameter(description = "The owner's department, including the departments below it",
                                 schema = @Schema(type = "integer", format = "int64"))
                         @RequestParam(required = false) String departmentId,
                         @Parameter(description = "The customer", schema = @Schema(type = "integer", format = "int64"))
                         @RequestParam(required = false) String customerId,
                         @Parameter(description = "Expected to close on or after (yyyy-MM-dd)", schema = @Schema(type = "string", format = "date"))
                         @RequestParam(required = false) String closeFrom,
                         @Parameter(description = "Expected to close on or before (yyyy-MM-dd)", schema = @Schema(type = "string", format = "date"))
                         @RequestParam(required = false) String closeTo,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return opportunities.search(new OpportunityQuery(q, stageId, status, ownerId, departmentId, customerId, closeFrom, closeTo, page, size));
    }

    @PostMapping
    @Operation(summary = "Create an opportunity of a customer the caller sees",
            description = "Without processId the default process, without stageId its first stage, without probability the stage's; "
            + "with product lines the amount is their sum; a WON or LOST stage needs a reason")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Opportunity> create(@RequestBody OpportunityDraft draft) {
        long id = opportunities.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id)).body(opportunities.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An opportunity visible to the caller, with its product lines")
    Opportunity get(@PathVariable long id) {
        return opportunities.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields of an opportunity (JSON merge patch: absent fields stay, null clears)")
    Opportunity patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
        return opportunities.update(id, patches.apply(opportunities.draftOf(opportunities.get(id)), changes, OpportunityDraft.class));
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move an opportunity to another stage of its process",
            description = "A WON or LOST stage closes it and needs a reason (400 otherwise); an OPEN stage reopens it. "
            + "The probability becomes the stage's")
    Opportunity move(@PathVariable long id, @RequestBody StageMove move) {
        return opportunities.moveStage(id, move.stageId(), move.reason());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an opportunity; 204 when done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        opportunities.delete(id);
        return ResponseEntity.noContent().build();
    }
}
