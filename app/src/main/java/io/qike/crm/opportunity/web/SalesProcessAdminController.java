package io.qike.crm.opportunity.web;

import io.qike.crm.opportunity.SalesProcesses;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 销售设置 › 销售流程: the processes and their stages (ADMIN_SALES, checked by {@link SalesProcesses}). */
@Controller
class SalesProcessAdminController {
    private final SalesProcesses processes;
    private final FormErrors formErrors;
    private final MessageSource messages;

    SalesProcessAdminController(SalesProcesses processes, FormErrors formErrors, MessageSource messages) {
        this.processes = processes;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/admin/sales-processes")
    String page(Model model) {
        return page(model, Map.of());
    }

    private String page(Model model, Map<String, String> errors) {
        model.addAttribute("processes", processes.administered());
        model.addAttribute("errors", errors);
        return "admin/sales-processes";
    }

    @PostMapping("/admin/sales-processes")
    String create(@RequestParam(required = false) String name, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(() -> processes.create(name), request, model, redirect);
    }

    @PostMapping("/admin/sales-processes/{id}")
    String rename(@PathVariable long id, @RequestParam(required = false) String name, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        return act(() -> processes.rename(id, name), request, model, redirect);
    }

    @PostMapping("/admin/sales-processes/{id}/stages")
    String addStage(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) Integer position,
                    @RequestParam(required = false) Integer probability, @RequestParam(required = false) String kind,
                    HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(() -> processes.addStage(id, name, position, probability, kind), request, model, redirect);
    }

    @PostMapping("/admin/sales-stages/{id}")
    String updateStage(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) Integer position,
                       @RequestParam(required = false) Integer probability, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(() -> processes.updateStage(id, name, position, probability), request, model, redirect);
    }

    @PostMapping("/admin/sales-stages/{id}/delete")
    String deleteStage(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(() -> processes.deleteStage(id), request, model, redirect);
    }

    /**
     * 上移 / 下移: htmx gets the process's card in its new order; a stage at the end of its group stays where it is (its
     * button is disabled, so only a stale page asks), without an error page.
     */
    @PostMapping("/admin/sales-processes/{id}/stages/{stageId}/move")
    String moveStage(@PathVariable long id, @PathVariable long stageId, @RequestParam(required = false) String direction,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        try {
            processes.moveStage(id, stageId, direction);
        } catch (ConflictException | InvalidInputException e) {
            // Nothing moves; the page shows the order as it is.
        }
        if (htmx == null) return "redirect:/admin/sales-processes";
        model.addAttribute("p", processes.get(id));
        return "admin/sales-processes :: process";
    }

    private String act(Runnable work, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            work.run();
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/sales-processes";
        } catch (InvalidInputException e) {
            return page(model, formErrors.listed(request, e));
        } catch (ConflictException e) {
            return page(model, Map.of("stage", messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale())));
        }
    }
}
