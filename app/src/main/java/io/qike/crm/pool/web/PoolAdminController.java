package io.qike.crm.pool.web;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.web.FormErrors;
import io.qike.crm.pool.Pool;
import io.qike.crm.pool.PoolDraft;
import io.qike.crm.pool.PoolFields;
import io.qike.crm.pool.Pools;
import io.qike.crm.pool.RecycleRule;
import io.qike.crm.pool.RecycleRuleDraft;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 公海设置 (销售设置): pools, the ownership caps per role and each pool's recycle rules. */
@Controller
class PoolAdminController {
    private final Pools pools;
    private final UserService users;
    private final DepartmentService departments;
    private final FormErrors formErrors;

    PoolAdminController(Pools pools, UserService users, DepartmentService departments, FormErrors formErrors) {
        this.pools = pools;
        this.users = users;
        this.departments = departments;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/pools")
    String list(Model model) {
        model.addAttribute("pools", pools.list());
        model.addAttribute("caps", pools.caps());
        return "pools/admin";
    }

    @GetMapping("/admin/pools/new")
    String newForm(Model model) {
        return form(model, null, new PoolDraft("", List.of("level", "industry", "region"), null, 0, List.of(), List.of(), List.of()),
                Map.of());
    }

    @GetMapping("/admin/pools/{id}")
    String edit(@PathVariable long id, Model model) {
        Pool p = pools.get(id);
        return form(model, p, new PoolDraft(p.name(), p.visibleFields(), p.dailyClaimLimit(), p.coolingDays(), p.memberUserIds(),
                p.memberDepartmentIds(), p.adminUserIds()), Map.of());
    }

    @PostMapping({"/admin/pools", "/admin/pools/{id}"})
    String save(@PathVariable(required = false) Long id, @RequestParam(defaultValue = "") String name,
                @RequestParam(required = false) List<String> visibleFields, @RequestParam(required = false) Integer dailyClaimLimit,
                @RequestParam(required = false) Integer coolingDays, @RequestParam(required = false) List<Long> memberUserIds,
                @RequestParam(required = false) List<Long> memberDepartmentIds, @RequestParam(required = false) List<Long> adminUserIds,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        PoolDraft draft = new PoolDraft(name, visibleFields, dailyClaimLimit, coolingDays, memberUserIds, memberDepartmentIds, adminUserIds);
        try {
            Pool saved = id == null ? pools.create(draft) : pools.update(id, draft);
            redirect.addFlashAttribute("flash", "pool.saved");
            return "redirect:/admin/pools/" + saved.id();
        } catch (InvalidInputException e) {
            return form(model, id == null ? null : pools.get(id), draft, formErrors.of(request, e));
        }
    }

    @PostMapping("/admin/pools/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            pools.delete(id);
            redirect.addFlashAttribute("flash", "pool.deleted");
            return "redirect:/admin/pools";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
            return "redirect:/admin/pools/" + id;
        }
    }

    @PostMapping("/admin/pools/caps")
    String caps(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, Integer> caps = new HashMap<>();
        try {
            for (Map.Entry<String, String> e : params.entrySet()) {
                if (!e.getKey().startsWith("cap.")) continue;
                String v = e.getValue();
                caps.put(Long.parseLong(e.getKey().substring(4)), v == null || v.isBlank() ? null : Integer.parseInt(v.trim()));
            }
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("flash", "pool.caps.hint");
            return "redirect:/admin/pools";
        }
        try {
            pools.setCaps(caps);
            redirect.addFlashAttribute("flash", "pool.caps.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "pool.caps.hint");
        }
        return "redirect:/admin/pools";
    }

    @PostMapping("/admin/pools/{id}/rules")
    String addRule(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) Integer days,
                   @RequestParam(defaultValue = "") String levels, @RequestParam(required = false) Integer warnDays,
                   @RequestParam(required = false) Integer protectProbability, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        RecycleRuleDraft draft = new RecycleRuleDraft(kind, days, Arrays.asList(levels.split("[,，\\s]+")), warnDays, protectProbability, true);
        try {
            pools.addRule(id, draft);
            redirect.addFlashAttribute("flash", "pool.saved");
            return "redirect:/admin/pools/" + id;
        } catch (InvalidInputException e) {
            Pool p = pools.get(id);
            model.addAttribute("ruleErrors", formErrors.of(request, e));
            return form(model, p, new PoolDraft(p.name(), p.visibleFields(), p.dailyClaimLimit(), p.coolingDays(), p.memberUserIds(),
                    p.memberDepartmentIds(), p.adminUserIds()), Map.of());
        }
    }

    @PostMapping("/admin/pools/{id}/rules/{ruleId}/delete")
    String deleteRule(@PathVariable long id, @PathVariable long ruleId, RedirectAttributes redirect) {
        pools.deleteRule(id, ruleId);
        redirect.addFlashAttribute("flash", "pool.saved");
        return "redirect:/admin/pools/" + id;
    }

    private String form(Model model, Pool pool, PoolDraft draft, Map<String, String> errors) {
        model.addAttribute("pool", pool);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldCodes", PoolFields.CODES);
        model.addAttribute("kinds", RecycleRule.KINDS);
        model.addAttribute("rules", pool == null ? List.of() : pools.rules(pool.id()));
        model.addAttribute("users", users.list().stream().filter(u -> "ACTIVE".equals(u.status())).toList());
        model.addAttribute("departments", departments.list());
        if (!model.containsAttribute("ruleErrors")) model.addAttribute("ruleErrors", Map.of());
        return "pools/admin-edit";
    }
}
