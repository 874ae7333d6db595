package io.qike.crm.lead.web;

import io.qike.crm.lead.LeadPool;
import io.qike.crm.lead.LeadPoolDraft;
import io.qike.crm.lead.LeadPools;
import io.qike.crm.lead.LeadService;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 线索池 for members (the pools and the leads waiting there) and their setup under 销售设置. */
@Controller
class LeadPoolPageController {
    private final LeadPools pools;
    private final LeadService leads;
    private final DepartmentService departments;
    private final UserService users;
    private final FormErrors formErrors;

    LeadPoolPageController(LeadPools pools, LeadService leads, DepartmentService departments, UserService users, FormErrors formErrors) {
        this.pools = pools;
        this.leads = leads;
        this.departments = departments;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/lead-pools")
    String mine(Model model) {
        model.addAttribute("pools", pools.mine());
        return "leads/pools";
    }

    /** A pool's waiting leads, searched as the user types (htmx gets the table alone). */
    @GetMapping("/lead-pools/{id}")
    String pool(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LeadPool pool = pools.mine(id);
        model.addAttribute("pool", pool);
        model.addAttribute("q", q);
        model.addAttribute("result", leads.waiting(id, q, page, 20));
        model.addAttribute("baseUrl", "/lead-pools/" + id + "?" + (q == null || q.isBlank() ? "" : "q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8) + "&"));
        return htmx != null ? "leads/pool :: results" : "leads/pool";
    }

    @GetMapping("/admin/lead-pools")
    String administered(Model model) {
        model.addAttribute("pools", pools.administered());
        return "leads/admin-pools";
    }

    @GetMapping("/admin/lead-pools/new")
    String newPool(Model model) {
        return form(model, null, new LeadPoolDraft(null, 20, List.of(), List.of(), List.of()), Map.of());
    }

    @GetMapping("/admin/lead-pools/{id}")
    String editPool(@PathVariable long id, Model model) {
        LeadPool p = pools.administered(id);
        return form(model, id, new LeadPoolDraft(p.name(), p.claimCap(), p.memberDepartmentIds(), p.memberUserIds(), p.adminIds(),
                p.assignRule(), p.targets()), Map.of());
    }

    @PostMapping({"/admin/lead-pools", "/admin/lead-pools/{id}"})
    String save(@PathVariable(required = false) Long id, @RequestParam(required = false) String name,
                @RequestParam(required = false) Integer claimCap, @RequestParam(required = false) List<Long> memberDepartmentIds,
                @RequestParam(required = false) List<Long> memberUserIds, @RequestParam(required = false) List<Long> adminIds,
                @RequestParam(required = false) String assignRule, @RequestParam(required = false) List<String> targetValue,
                @RequestParam(required = false) List<Long> targetUser, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        // The rule's rows: a region or source and the member it goes to; rows left blank are dropped.
        Map<String, Long> targets = new java.util.LinkedHashMap<>();
        for (int i = 0; targetValue != null && targetUser != null && i < Math.min(targetValue.size(), targetUser.size()); i++) {
            if (targetValue.get(i) != null && !targetValue.get(i).isBlank() && targetUser.get(i) != null) targets.put(targetValue.get(i), targetUser.get(i));
        }
        LeadPoolDraft draft = new LeadPoolDraft(name, claimCap, memberDepartmentIds, memberUserIds, adminIds, assignRule, targets);
        try {
            if (id == null) pools.create(draft);
            else pools.update(id, draft);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/lead-pools";
        } catch (InvalidInputException e) {
            return form(model, id, draft, formErrors.listed(request, e));
        }
    }

    @PostMapping("/admin/lead-pools/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            pools.delete(id);
            redirect.addFlashAttribute("flash", "flash.deleted");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("leadError", e.messageKey());
        }
        return "redirect:/admin/lead-pools";
    }

    private String form(Model model, Long id, LeadPoolDraft draft, Map<String, String> errors) {
        model.addAttribute("poolId", id);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("departments", departments.list());
        model.addAttribute("users", users.list());
        model.addAttribute("rules", LeadPool.RULES);
        List<Map.Entry<String, Long>> rows = new java.util.ArrayList<>(draft.targets() == null ? List.of() : draft.targets().entrySet());
        for (int i = 0; i < 3; i++) rows.add(new java.util.AbstractMap.SimpleEntry<>("", null));
        model.addAttribute("targetRows", rows);
        return "leads/admin-pool-form";
    }
}
