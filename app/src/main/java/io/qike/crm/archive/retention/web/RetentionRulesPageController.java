package io.qike.crm.archive.retention.web;

import io.qike.crm.archive.retention.RetentionRule;
import io.qike.crm.archive.retention.RetentionRules;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 会话留存 → 自动留存: the rules section of the tab (an htmx fragment the tab loads). */
@Controller
@RequestMapping("/admin/wecom/archive/retention")
class RetentionRulesPageController {
    private static final String VIEW = "archive/retention-rules :: rules";
    private final RetentionRules rules;
    private final DepartmentService departments;
    private final FormErrors formErrors;

    RetentionRulesPageController(RetentionRules rules, DepartmentService departments, FormErrors formErrors) {
        this.rules = rules;
        this.departments = departments;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(Model model) {
        return render(rules.list(), Map.of(), false, model);
    }

    /** The whole enterprise, the checked departments, the kept customers and one added through the picker. */
    @PostMapping
    String save(@RequestParam(defaultValue = "false") boolean enterprise, @RequestParam(name = "departmentId", required = false) List<Long> departmentIds,
                @RequestParam(required = false) List<Long> customerIds, @RequestParam(required = false) Long addCustomerId,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        List<RetentionRule> wanted = new ArrayList<>();
        if (enterprise) wanted.add(new RetentionRule(RetentionRule.ENTERPRISE, null, null, null));
        if (departmentIds != null) departmentIds.forEach(d -> wanted.add(new RetentionRule(RetentionRule.DEPARTMENT, d, null, null)));
        if (customerIds != null) customerIds.forEach(c -> wanted.add(new RetentionRule(RetentionRule.CUSTOMER, null, c, null)));
        if (addCustomerId != null) wanted.add(new RetentionRule(RetentionRule.CUSTOMER, null, addCustomerId, null));
        try {
            return render(rules.replace(wanted), Map.of(), true, model);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(rules.list(), formErrors.of(request, e), false, model);
        }
    }

    private String render(List<RetentionRule> current, Map<String, String> errors, boolean saved, Model model) {
        model.addAttribute("rules", current);
        model.addAttribute("enterprise", current.stream().anyMatch(r -> RetentionRule.ENTERPRISE.equals(r.scope())));
        model.addAttribute("departmentIds", current.stream().map(RetentionRule::departmentId).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("customerRules", current.stream().filter(r -> RetentionRule.CUSTOMER.equals(r.scope())).toList());
        model.addAttribute("departments", departments.list());
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return VIEW;
    }
}
