package io.qike.crm.lead.web;

import io.qike.crm.lead.LeadPage;
import io.qike.crm.lead.LeadPool;
import io.qike.crm.lead.LeadPoolDraft;
import io.qike.crm.lead.LeadPools;
import io.qike.crm.lead.LeadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/lead-pools")
@Tag(name = "Lead pools", description = "线索池")
class LeadPoolApiController {
    private final LeadPools pools;
    private final LeadService leads;

    LeadPoolApiController(LeadPools pools, LeadService leads) {
        this.pools = pools;
        this.leads = leads;
    }

    @GetMapping
    @Operation(summary = "The lead pools the caller is a member or admin of")
    List<LeadPool> list() {
        return pools.mine();
    }

    @PostMapping
    @Operation(summary = "Create a lead pool (needs admin:sales)",
            description = "Members are departments (with those below them) and users; admins assign its leads; claimCap (default 20, "
            + "0 to 10000) is the most of its leads one member may hold; assignRule NONE, ROUND_ROBIN, REGION or SOURCE, with targets "
            + "(region or source → member) for the last two. A wrong field is a 400 naming it")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LeadPool> create(@RequestBody LeadPoolDraft draft) {
        long id = pools.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/lead-pools/" + id)).body(pools.administered(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's lead pools (a member or admin of it, or admin:sales); another is a 404")
    LeadPool get(@PathVariable long id) {
        return pools.mine(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a lead pool's settings: name, claimCap, members, admins, assignRule and targets (needs admin:sales)",
            description = "Fields left out take their defaults, as on the form: no members, no admins, claimCap 20, assignRule NONE")
    LeadPool update(@PathVariable long id, @RequestBody LeadPoolDraft draft) {
        pools.update(id, draft);
        return pools.administered(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a lead pool (needs admin:sales); 409 lead_pool_not_empty while leads belong to it (waiting or held)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        pools.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/leads")
    @Operation(summary = "The leads waiting in one of the caller's pools, newest first; q searches company, contact, mobile, e-mail")
    LeadPage leads(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "20") int size) {
        return leads.waiting(id, q, page, size);
    }
}
