package io.qike.crm.wecom.web;

import io.qike.crm.wecom.WecomConnectionService;
import io.qike.crm.wecom.WecomDiagnosis;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 系统对接管理 → 企业微信对接 and its 常见问题 page. */
@Controller
@RequestMapping("/admin/wecom")
class WecomPageController {
    private final WecomConnectionService connections;
    private final WecomDiagnosis diagnosis;

    WecomPageController(WecomConnectionService connections, WecomDiagnosis diagnosis) {
        this.connections = connections;
        this.diagnosis = diagnosis;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("view", connections.view(WecomApiController.publicBaseUrl()));
        return "wecom/connection";
    }

    @PostMapping("/test")
    String test(Model model) {
        model.addAttribute("tests", connections.test());
        return "wecom/connection :: tests";
    }

    @GetMapping("/diagnosis")
    String diagnosis(Model model) {
        model.addAttribute("lines", diagnosis.run().orElse(null));
        return "wecom/diagnosis";
    }
}
