package io.qike.crm.registry.web;

import io.qike.crm.integration.ActionFlows;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import io.qike.crm.registry.settings.RegistrySettingsService;
import io.qike.crm.registry.settings.RegistryUsage;
import io.qike.crm.registry.settings.SettingsDraft;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 客户 → 设置 → 工商信息设置: the switch, providers, 初始化动作流, flows and 字段映射关系, usage and cost. */
@Controller
@RequestMapping("/registry/settings")
class SettingsPageController {
    private final RegistrySettingsService settings;
    private final RegistryUsage usage;
    private final ActionFlows flows;
    private final FormErrors formErrors;

    SettingsPageController(RegistrySettingsService settings, RegistryUsage usage, ActionFlows flows, FormErrors formErrors) {
        this.settings = settings;
        this.usage = usage;
        this.flows = flows;
        this.formErrors = formErrors;
    }

    @GetMapping
    String page(Model model) {
        return page(model, null, Map.of());
    }

    @PostMapping
    String save(@RequestParam Map<String, String> form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            settings.update(SettingsForms.general(form));
        } catch (InvalidInputException e) {
            return page(model, "general", formErrors.listed(request, e));
        }
        redirect.addFlashAttribute("flash", "registry.settings.saved");
        return "redirect:/registry/settings";
    }

    /**
     * The 自动填充 switch saves as it is flipped (htmx), like a switch does: pressing 初始化动作流 next,
     * which reloads the page, then shows it as the user left it instead of undoing it.
     */
    @PostMapping("/enabled")
    String enabled(@RequestParam Map<String, String> form, Model model) {
        boolean on = form.containsKey("enabled");
        settings.update(new SettingsDraft(on, null, null, null, null, null, null));
        model.addAttribute("enabled", on);
        return "registry/settings :: enabledSaved";
    }

    @PostMapping("/providers/{provider}/initialize")
    String initialize(@PathVariable String provider, @RequestParam Map<String, String> form, HttpServletRequest request,
                      Model model, RedirectAttributes redirect) {
        try {
            settings.initialize(provider, SettingsForms.initialize(form));
        } catch (InvalidInputException e) {
            return page(model, provider, formErrors.listed(request, e));
        }
        redirect.addFlashAttribute("flash", "registry.settings.initialized");
        return "redirect:/registry/settings#provider-" + provider;
    }

    @PostMapping("/providers/{provider}/flows")
    String bind(@PathVariable String provider, @RequestParam Map<String, String> form, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        try {
            settings.update(new SettingsDraft(null, null, null, null, null, null, Map.of(provider, SettingsForms.source(form))));
        } catch (InvalidInputException e) {
            return page(model, provider, formErrors.listed(request, e));
        }
        redirect.addFlashAttribute("flash", "registry.mapping.saved");
        return "redirect:/registry/settings#provider-" + provider;
    }

    private String page(Model model, String errorScope, Map<String, String> errors) {
        model.addAttribute("view", settings.view());
        model.addAttribute("targets", settings.targets());
        model.addAttribute("flows", flows.list());
        model.addAttribute("usage", usage.lastDays(30));
        model.addAttribute("errorScope", errorScope);
        model.addAttribute("errors", errors);
        return "registry/settings";
    }
}
