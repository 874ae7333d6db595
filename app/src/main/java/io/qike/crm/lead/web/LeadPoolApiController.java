package io.qike.crm.lead.web;

import io.qike.crm.lead.LeadPage;
import io.qike.crm.lead.LeadPool;
import io.qike.crm.lead.LeadPools;
import io.qike.crm.lead.LeadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    @GetMapping("/{id}/leads")
    @Operation(summary = "The leads waiting in one of the caller's pools, newest first; q searches company, contact, mobile, e-mail")
    LeadPage leads(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "20") int size) {
        return leads.waiting(id, q, page, size);
    }
}
