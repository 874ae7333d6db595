package io.qike.crm.intel.web;

import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.intel.partnership.PartnershipPreview;
import io.qike.crm.intel.partnership.PartnershipResult;
import io.qike.crm.intel.partnership.PartnershipRun;
import io.qike.crm.intel.partnership.Relation;
import io.qike.crm.intel.partnership.RunChanges;
import io.qike.crm.registry.ProviderProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/intel")
@Tag(name = "Relationship intelligence", description = "企查查 客户查询 and 合作关系挖掘")
class PartnershipApiController extends ProviderFailureHandling {
    /** The companies to mine among; {@code maxCalls} refuses a bigger plan (409); {@code origin} is a note for people. */
    record MiningRequest(List<String> companies, Integer maxCalls, String origin) {
    }

    /** A run as the job API shows it; relations so far, and the changes once it is done. */
    record JobView(long id, Long jobId, String status, int plannedCalls, int lowerBound, int naiveCalls, int callsDone, int percent,
                   List<String> companies, String origin, String error, OffsetDateTime createdAt, OffsetDateTime finishedAt,
                   List<Relation> relations, RunChanges changes) {
    }

    private final PartnershipMining mining;

    PartnershipApiController(PartnershipMining mining, ProviderProblems providerProblems) {
        super(providerProblems);
        this.mining = mining;
    }

    @PostMapping("/partnership-plans")
    @Operation(summary = "Plan 合作关系挖掘 among the companies without calling: planned calls, Schönheim lower bound, naive plan, cost")
    PartnershipPreview plan(@RequestBody MiningRequest request) {
        return mining.preview(request.companies());
    }

    @PostMapping("/partnerships")
    @Operation(summary = "Find every direct supplier–customer relation among the companies now",
            description = "Calls of ≤ 20 names covering every "
            + "pair; relations de-duplicated. 409 too_many_for_sync above qike.intel.sync-max-calls planned calls: use partnership-jobs")
    PartnershipResult mine(@RequestBody MiningRequest request) {
        return mining.mineNow(request.companies(), origin(request), request.maxCalls());
    }

    @PostMapping("/partnership-jobs")
    @Operation(summary = "The same as a background job that resumes after a restart; poll GET partnership-jobs/{id}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<JobView> start(@RequestBody MiningRequest request) {
        PartnershipRun run = mining.start(request.companies(), origin(request), request.maxCalls());
        return ResponseEntity.accepted().location(URI.create("/api/v1/intel/partnership-jobs/" + run.id())).body(view(run));
    }

    @GetMapping("/partnership-jobs/{id}")
    @Operation(summary = "A mining job's progress, the relations found so far and, once done, the changes")
    JobView job(@PathVariable long id) {
        return view(mining.get(id));
    }

    @DeleteMapping("/partnership-jobs/{id}")
    @Operation(summary = "Cancel a running job; relations found so far are kept")
    JobView cancel(@PathVariable long id) {
        mining.cancel(id);
        return view(mining.get(id));
    }

    private JobView view(PartnershipRun r) {
        return new JobView(r.id(), r.jobId(), r.status().name(), r.plannedCalls(), r.lowerBound(), r.naiveCalls(), r.callsDone(),
                r.percent(), r.companies(), r.origin(), r.error(), r.createdAt(), r.finishedAt(), mining.relations(r.id()),
                r.status() == PartnershipRun.RunStatus.DONE ? mining.changes(r.id()) : null);
    }

    private static String origin(MiningRequest request) {
        return request.origin() == null || request.origin().isBlank() ? "API" : request.origin().strip();
    }
}
