package io.qike.crm.wecom.web;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.wecom.WecomConnectionDraft;
import io.qike.crm.wecom.WecomConnectionService;
import io.qike.crm.wecom.WecomConnectionView;
import java.util.Map;
import io.qike.crm.wecom.WecomDiagnosis;
import io.qike.crm.wecom.login.LoginStatusRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统对接管理 → 企业微信对接 and its 常见问题 page. */
@Controller
@RequestMapping("/admin/wecom")
class WecomPageController {
    private final WecomConnectionService connections;
    private final WecomDiagnosis diagnosis;
    private final LoginStatusRepository loginStatus;

    WecomPageController(WecomConnectionService connections, WecomDiagnosis diagnosis, LoginStatusRepository loginStatus) {
        this.connections = connections;
        this.diagnosis = diagnosis;
        this.loginStatus = loginStatus;
    }

    @GetMapping
    String page(Model model) {
        WecomConnectionView view = connections.view(WecomApiController.publicBaseUrl());
        model.addAttribute("view", view);
        // Where members reach this Qike, for the links of WeCom message cards sent outside any request.
        if (view.connected()) loginStatus.publicBaseUrl(WecomApiController.publicBaseUrl());
        return "wecom/connection";
    }

    /** The form of the page: blank fields keep their stored value (secrets are never shown, only their hints). */
    @PostMapping
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        connections.save(new WecomConnectionDraft(blank(form.get("corpId")), agentId(form.get("agentId")), blank(form.get("agentSecret")),
                blank(form.get("contactsSecret")), blank(form.get("customerSecret")), blank(form.get("callbackToken")),
                blank(form.get("encodingAesKey")), blank(form.get("baseUrl"))));
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/wecom";
    }

    @PostMapping("/test")
    String test(Model model) {
        model.addAttribute("tests", connections.test());
        return "wecom/connection :: tests";
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Integer agentId(String v) {
        if (blank(v) == null) return null;
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldProblem.of("agentId", "number"));
        }
    }

    @GetMapping("/diagnosis")
    String diagnosis(Model model) {
        model.addAttribute("lines", diagnosis.run().orElse(null));
        return "wecom/diagnosis";
    }
}
