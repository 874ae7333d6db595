package io.qike.crm.opportunity.web;

import io.qike.crm.opportunity.Opportunity;
import io.qike.crm.opportunity.OpportunityQuery;
import io.qike.crm.opportunity.OpportunityService;
import io.qike.crm.opportunity.SalesProcesses;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 商机 on the phone (企业微信 H5): the list with search, the detail and the stage move; same services as the web. */
@Controller
class OpportunityH5Controller {
    private final OpportunityService opportunities;
    private final SalesProcesses processes;
    private final FormErrors formErrors;

    OpportunityH5Controller(OpportunityService opportunities, SalesProcesses processes, FormErrors formErrors) {
        this.opportunities = opportunities;
        this.processes = processes;
        this.formErrors = formErrors;
    }

    @GetMapping("/h5/opportunities")
    String list(@RequestParam Map<String, String> params, Model model) {
        OpportunityQuery query = OpportunityQuery.of(params, 50);
        model.addAttribute("result", opportunities.search(query));
        model.addAttribute("q", query.q());
        return "h5/opportunities";
    }

    @GetMapping("/h5/opportunities/{id}")
    String detail(@PathVariable long id, Model model) {
        Opportunity o = opportunities.get(id);
        model.addAttribute("o", o);
        model.addAttribute("process", processes.get(o.processId()));
        return "h5/opportunity";
    }

    @PostMapping("/h5/opportunities/{id}/stage")
    String move(@PathVariable long id, @RequestParam(required = false) Long stageId, @RequestParam(required = false) String reason,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            opportunities.moveStage(id, stageId, reason);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/h5/opportunities/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("stageErrors", formErrors.of(request, e));
            return detail(id, model);
        }
    }
}
