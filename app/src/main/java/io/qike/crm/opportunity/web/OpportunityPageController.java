package io.qike.crm.opportunity.web;

import io.qike.crm.customer.CustomerPicker;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.opportunity.Opportunity;
import io.qike.crm.opportunity.OpportunityQuery;
import io.qike.crm.opportunity.OpportunityService;
import io.qike.crm.opportunity.SalesProcess;
import io.qike.crm.opportunity.SalesProcesses;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 商机 pages: the list, detail, form, stage moves, the kanban, the funnel, the customer's card and the home section. */
@Controller
class OpportunityPageController {
    private final OpportunityService opportunities;
    private final SalesProcesses processes;
    private final CustomerService customers;
    private final CustomerPicker picker;
    private final CustomFields customFields;
    private final FormErrors formErrors;
    private final DepartmentService departments;
    private final UserService users;
    private final MessageSource messages;

    OpportunityPageController(OpportunityService opportunities, SalesProcesses processes, CustomerService customers, CustomerPicker picker,
                              CustomFields customFields, FormErrors formErrors, DepartmentService departments, UserService users,
                              MessageSource messages) {
        this.opportunities = opportunities;
        this.processes = processes;
        this.customers = customers;
        this.picker = picker;
        this.customFields = customFields;
        this.formErrors = formErrors;
        this.departments = departments;
        this.users = users;
        this.messages = messages;
    }

    /** The list, or only its table when the search box or a filter asks as the user types (htmx); the address keeps the filters. */
    @GetMapping("/opportunities")
    String list(@RequestParam Map<String, String> params, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        OpportunityQuery query = OpportunityQuery.of(params, 20);
        model.addAttribute("result", opportunities.search(query));
        model.addAttribute("q", query.q());
        model.addAttribute("filtered", query.filtered());
        model.addAttribute("params", params);
        model.addAttribute("departments", departments.list());
        model.addAttribute("users", users.list());
        model.addAttribute("processes", processes.all());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/opportunities");
        params.forEach((k, v) -> { if (!k.equals("page") && !k.equals("lang") && v != null && !v.isBlank()) base.queryParam(k, v); });
        String baseUrl = base.build().encode().toUriString();
        model.addAttribute("baseUrl", baseUrl + (baseUrl.contains("?") ? "&" : "?"));
        model.addAttribute("exportUrl", baseUrl.replaceFirst("^/opportunities", "/exports/opportunities"));
        model.addAttribute("htmx", htmx != null);
        return htmx != null ? "opportunities/list :: results" : "opportunities/list";
    }

    @GetMapping("/opportunities/{id}")
    String detail(@PathVariable long id, Model model) {
        Opportunity o = opportunities.get(id);
        model.addAttribute("o", o);
        model.addAttribute("process", processes.get(o.processId()));
        model.addAttribute("customerVisible", picker.label(o.customerId()) != null);
        model.addAttribute("fields", customFields.definitions(CustomObject.OPPORTUNITY));
        return "opportunities/detail";
    }

    /** A new opportunity; opened from a customer's page, the customer is chosen already. */
    @GetMapping("/opportunities/new")
    String newForm(@RequestParam(required = false) Long customerId, Model model) {
        OpportunityForm form = new OpportunityForm();
        form.setCustomerId(customerId);
        form.setOwnerId(CurrentUser.require().userId());
        return form(model, form, null, Map.of());
    }

    @PostMapping("/opportunities")
    String create(@ModelAttribute("form") OpportunityForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            long id = opportunities.create(form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/opportunities/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, null, formErrors.of(request, e));
        }
    }

    @GetMapping("/opportunities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, OpportunityForm.of(opportunities.draftOf(opportunities.get(id))), id, Map.of());
    }

    @PostMapping("/opportunities/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") OpportunityForm form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        try {
            opportunities.update(id, form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/opportunities/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, id, formErrors.of(request, e));
        }
    }

    /** 推进阶段 and 赢单/输单 (with the reason the dialog asks for) from the detail page. */
    @PostMapping("/opportunities/{id}/stage")
    String move(@PathVariable long id, @RequestParam(required = false) Long stageId, @RequestParam(required = false) String reason,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            opportunities.moveStage(id, stageId, reason);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/opportunities/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("stageErrors", formErrors.of(request, e));
            model.addAttribute("failedStageId", stageId);
            return detail(id, model);
        }
    }

    @PostMapping("/opportunities/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        opportunities.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/opportunities";
    }

    /** The kanban of a process: its stages as columns, the cards in the viewer's scope; cards are dragged between columns. */
    @GetMapping("/opportunities/kanban")
    String kanban(@RequestParam(required = false) Long processId, Model model) {
        model.addAttribute("kanban", opportunities.kanban(processId));
        model.addAttribute("processes", processes.all());
        return "opportunities/kanban";
    }

    /**
     * A card dropped on another column (htmx): moved, or refused with the reason (no right, not visible, a reason
     * missing); the page puts a refused card back where it was.
     */
    @PostMapping("/opportunities/{id}/kanban-move")
    String kanbanMove(@PathVariable long id, @RequestParam(required = false) Long stageId, @RequestParam(required = false) String reason,
                      HttpServletRequest request, Model model) {
        String problem = null;
        try {
            opportunities.moveStage(id, stageId, reason);
        } catch (InvalidInputException e) {
            problem = String.join(" ", formErrors.of(request, e).values());
        } catch (AccessDeniedException e) {
            problem = messages.getMessage("opportunity.kanban.forbidden", null, LocaleContextHolder.getLocale());
        } catch (NotFoundException e) {
            problem = messages.getMessage("error.not_found", null, LocaleContextHolder.getLocale());
        }
        model.addAttribute("moved", problem == null);
        model.addAttribute("problem", problem);
        return "opportunities/kanban :: moved";
    }

    /** The funnel of a process for the viewer's scope: count, amount and conversion rate per stage (ECharts). */
    @GetMapping("/opportunities/funnel")
    String funnel(@RequestParam(required = false) Long processId, Model model) {
        model.addAttribute("funnel", opportunities.funnel(processId));
        model.addAttribute("processes", processes.all());
        return "opportunities/funnel";
    }

    /** The opportunities card on a customer's page (htmx). */
    @GetMapping("/customers/{customerId}/opportunities")
    String ofCustomer(@PathVariable long customerId, Model model) {
        customers.get(customerId);
        model.addAttribute("opportunities", opportunities.ofCustomer(customerId));
        model.addAttribute("customerId", customerId);
        return "opportunities/of-customer :: card";
    }

    /** 我的销售漏斗 on the home page (htmx). */
    @GetMapping("/opportunities/my-pipeline")
    String myPipeline(Model model) {
        model.addAttribute("pipeline", opportunities.myPipeline());
        return "opportunities/of-customer :: pipeline";
    }

    private String form(Model model, OpportunityForm form, Long id, Map<String, String> errors) {
        List<SalesProcess> all = processes.all();
        model.addAttribute("form", form);
        model.addAttribute("opportunityId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("processes", all);
        model.addAttribute("users", users.list());
        model.addAttribute("canAssign", CurrentUser.require().can(Permission.OPPORTUNITY_ASSIGN));
        model.addAttribute("fields", customFields.definitions(CustomObject.OPPORTUNITY));
        model.addAttribute("customerName", picker.label(form.getCustomerId()));
        return "opportunities/form";
    }
}
