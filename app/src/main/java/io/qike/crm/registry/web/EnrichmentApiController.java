package io.qike.crm.registry.web;

import io.qike.crm.registry.RegistryMessages;
import io.qike.crm.registry.enrich.EnrichmentJob;
import io.qike.crm.registry.enrich.Enrichments;
import io.qike.crm.registry.enrich.PauseReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/enrichments")
@Tag(name = "Business registry", description = "工商查询, 工商新建 and 工商批量补全")
class EnrichmentApiController {
    /** Which customers: the listed ones, or all the caller's customers without a credit code. */
    record Start(List<Long> customerIds, Boolean withoutCreditCode) {
    }

    /**
     * A job's progress; status is RUNNING, PAUSED, DONE, FAILED or CANCELLED. {@code message} says why it
     * paused, in the caller's language, or why it failed; {@code continuedIn} is the job that took over a
     * paused job's remaining customers.
     */
    record View(long id, String kind, String status, int total, int done, int percent, Map<String, Integer> counts, String message,
                Long continuedIn) {
    }

    private final Enrichments enrichments;
    private final RegistryMessages messages;

    EnrichmentApiController(Enrichments enrichments, RegistryMessages messages) {
        this.enrichments = enrichments;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Enrich customers from the registry in the background, within the provider's QPS and daily budget; a customer with registry data is skipped")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<View> start(@RequestBody Start body) {
        EnrichmentJob job = enrichments.start(body.customerIds(), Boolean.TRUE.equals(body.withoutCreditCode()));
        return ResponseEntity.accepted().body(view(job));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An enrichment job's progress; a paused job says why")
    View get(@PathVariable long id) {
        return view(enrichments.get(id));
    }

    private View view(EnrichmentJob j) {
        String message = "PAUSED".equals(j.status()) ? messages.text(PauseReason.message(j.message())) : j.message();
        return new View(j.id(), j.kind(), j.status(), j.total(), j.done(), j.percent(), j.counts(), message, j.continuedIn());
    }
}
