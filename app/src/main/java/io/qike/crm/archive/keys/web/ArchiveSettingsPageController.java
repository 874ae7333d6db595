package io.qike.crm.archive.keys.web;

import io.qike.crm.archive.keys.ArchiveSettingsDraft;
import io.qike.crm.archive.keys.ArchiveSettingsService;
import io.qike.crm.archive.pull.ArchivePullService;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 企业微信对接 → 会话留存: secrets, trusted IPs, the key pairs with their versions, and where each value goes in WeCom. */
@Controller
@RequestMapping("/admin/wecom/archive")
class ArchiveSettingsPageController {
    private final ArchiveSettingsService service;
    private final ArchivePullService pulls;
    private final FormErrors formErrors;

    ArchiveSettingsPageController(ArchiveSettingsService service, ArchivePullService pulls, FormErrors formErrors) {
        this.service = service;
        this.pulls = pulls;
        this.formErrors = formErrors;
    }

    @GetMapping
    String page(Model model) {
        var settings = service.view();
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("ipsText")) model.addAttribute("ipsText", String.join("\n", settings.trustedIps()));
        keys(model);
        return "archive/settings";
    }

    /** The form: blank secrets keep their value; trusted IPs one per line (or separated by commas or spaces). */
    @PostMapping
    String save(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletRequest request,
                HttpServletResponse response) {
        String ips = form.getOrDefault("trustedIps", "");
        try {
            service.save(new ArchiveSettingsDraft(blank(form.get("secret")), blank(form.get("appSecret")), lines(ips)));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", formErrors.of(request, e));
            model.addAttribute("ipsText", ips);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/wecom/archive";
    }

    /** 重新生成: a new pair awaiting its version; the older ones stay. */
    @PostMapping("/keys")
    String generate(Model model) {
        service.generate();
        keys(model);
        return "archive/settings :: keys";
    }

    @PostMapping("/keys/{id}/version")
    String version(@PathVariable long id, @RequestParam(required = false) String version, Model model, HttpServletRequest request) {
        try {
            service.setVersion(id, number(version));
        } catch (InvalidInputException e) {
            model.addAttribute("versionErrors", formErrors.of(request, e));
            model.addAttribute("versionErrorId", id);
        }
        keys(model);
        return "archive/settings :: keys";
    }

    private void keys(Model model) {
        model.addAttribute("keys", service.keys());
        model.addAttribute("newest", service.newestPublicKey().orElse(null));
        model.addAttribute("status", pulls.status());
    }

    private static Integer number(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(io.qike.crm.platform.FieldProblem.of("version", "number"));
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("[\\s,;，；]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
