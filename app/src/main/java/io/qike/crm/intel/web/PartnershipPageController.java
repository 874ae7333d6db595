package io.qike.crm.intel.web;

import io.qike.crm.customer.CustomerOptions;
import io.qike.crm.intel.lists.CompanyLists;
import io.qike.crm.intel.partnership.CompanyChoice;
import io.qike.crm.intel.partnership.CompanySources;
import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.intel.partnership.PartnershipPreview;
import io.qike.crm.intel.partnership.PartnershipRun;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 合作关系挖掘 page: choose the companies (a saved list, a filter over our customers, or pasted names), see the
 * planned calls and their cost, confirm above the threshold, start. The run then continues as a background job.
 */
@Controller
@RequestMapping("/intel/partnerships")
class PartnershipPageController {
    private static final String PREVIEW = "intel/partnership-parts :: preview";
    private final PartnershipMining mining;
    private final CompanySources sources;
    private final CompanyLists lists;
    private final ProblemWriter problems;
    private final MessageSource messages;

    PartnershipPageController(PartnershipMining mining, CompanySources sources, CompanyLists lists, ProblemWriter problems,
                              MessageSource messages) {
        this.mining = mining;
        this.sources = sources;
        this.lists = lists;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long listId, Model model) {
        model.addAttribute("listId", listId);
        model.addAttribute("lists", lists.all());
        model.addAttribute("levels", CustomerOptions.LEVELS);
        model.addAttribute("runs", mining.recent(20));
        return "intel/partnerships";
    }

    /** The plan for the chosen companies, before anything is spent. */
    @PostMapping("/preview")
    String preview(@ModelAttribute CompanyChoice choice, HttpServletRequest request, Model model) {
        try {
            CompanySources.Chosen chosen = sources.resolve(choice);
            model.addAttribute("preview", mining.preview(chosen.names()));
            model.addAttribute("origin", chosen.origin());
        } catch (InvalidInputException e) {
            model.addAttribute("error", problems.message(request, e.problems().get(0)));
        }
        return PREVIEW;
    }

    /**
     * Starts the run. {@code plannedCalls} is what the user saw: a plan that grew since (the list changed) is
     * refused and previewed again; above the threshold the user must have ticked the confirmation.
     */
    @PostMapping("/runs")
    String start(@ModelAttribute CompanyChoice choice, @RequestParam(required = false) Integer plannedCalls,
                 @RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        try {
            CompanySources.Chosen chosen = sources.resolve(choice);
            PartnershipPreview preview = mining.preview(chosen.names());
            model.addAttribute("preview", preview);
            model.addAttribute("origin", chosen.origin());
            if (preview.needsConfirmation() && !confirm) {
                model.addAttribute("error", text("intel.partnerships.confirmRequired", preview.plannedCalls()));
                return PREVIEW;
            }
            PartnershipRun run = mining.start(chosen.names(), chosen.origin(), plannedCalls);
            String url = "/intel/partnerships/runs/" + run.id();
            if (request.getHeader("HX-Request") == null) return "redirect:" + url;
            response.setHeader("HX-Redirect", url);
            return PREVIEW;
        } catch (InvalidInputException e) {
            model.addAttribute("error", problems.message(request, e.problems().get(0)));
        } catch (ConflictException e) {
            model.addAttribute("error", text(e.messageKey()));
        }
        return PREVIEW;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
