package io.qike.crm.registry.web;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
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

/** 工商批量补全 from the customer list, and its progress bar. */
@Controller
class EnrichmentController {
    private final Enrichments enrichments;
    private final Messages messages;

    EnrichmentController(Enrichments enrichments, Messages messages) {
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

    @GetMapping("/registry/enrichments/{id}")
    String progress(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        EnrichmentJob job = enrichments.get(id);
        model.addAttribute("job", job);
        model.addAttribute("reason", messages.text(PauseReason.message(job.message())));
        return htmx != null ? "registry/enrichment :: progress" : "registry/enrichment";
    }
}
