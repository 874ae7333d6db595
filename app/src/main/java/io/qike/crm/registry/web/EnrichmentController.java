package io.qike.crm.registry.web;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.jobs.BackgroundJob;
import io.qike.crm.registry.RegistryMessages;
import io.qike.crm.registry.enrich.EnrichmentJob;
import io.qike.crm.registry.enrich.Enrichments;
import io.qike.crm.registry.enrich.PauseReason;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工商批量补全 from the customer list, and its progress: the platform's job bar, which re-polls this page
 * while the job runs, and the customers counted by outcome.
 */
@Controller
class EnrichmentController {
    private final Enrichments enrichments;
    private final RegistryMessages messages;

    EnrichmentController(Enrichments enrichments, RegistryMessages messages) {
        this.enrichments = enrichments;
        this.messages = messages;
    }

    @PostMapping("/registry/enrichments")
    String start(@RequestParam(required = false) List<Long> customerIds, @RequestParam(defaultValue = "selected") String scope,
                 RedirectAttributes redirect) {
        try {
            EnrichmentJob job = enrichments.start(customerIds, "withoutCreditCode".equals(scope));
            return "redirect:/registry/enrichments/" + job.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("registryNotice", "registry.enrich.nothing");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("registryNotice", "error.registry_disabled");
        }
        return "redirect:/customers";
    }

    /** The confirmation before 工商批量补全: how many paid calls and what they cost, with the choice to send on. */
    @PostMapping("/registry/enrichments/estimate")
    String estimate(@RequestParam(required = false) List<Long> customerIds, @RequestParam(defaultValue = "selected") String scope,
                    Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("estimate", enrichments.estimate(customerIds, "withoutCreditCode".equals(scope)));
            model.addAttribute("customerIds", customerIds == null ? List.of() : customerIds);
            model.addAttribute("scope", scope);
            return "registry/enrichment-confirm";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("registryNotice", "registry.enrich.nothing");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("registryNotice", "error.registry_disabled");
        }
        return "redirect:/customers";
    }

    @GetMapping("/registry/enrichments/{id}")
    String progress(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        EnrichmentJob job = enrichments.get(id);
        boolean paused = "PAUSED".equals(job.status());
        BackgroundJob bar = job.job();
        // A paused job's stored reason is a message key: the page shows it translated instead of the bar's raw error.
        if (paused) bar = new BackgroundJob(bar.id(), bar.kind(), bar.status(), bar.total(), bar.done(), bar.params(), bar.checkpoint(),
                bar.result(), null, bar.createdBy(), bar.createdAt(), bar.startedAt(), bar.finishedAt());
        model.addAttribute("job", job);
        model.addAttribute("bar", bar);
        model.addAttribute("reason", paused ? messages.text(PauseReason.message(job.message())) : null);
        return htmx != null ? "registry/enrichment :: progress" : "registry/enrichment";
    }
}
