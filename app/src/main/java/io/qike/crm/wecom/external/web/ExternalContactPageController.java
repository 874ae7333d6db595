package io.qike.crm.wecom.external.web;

import io.qike.crm.wecom.external.ExternalContactService;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 企业微信对接 → 外部联系人: the list with its filters, importing the selected ones or all of them. */
@Controller
@RequestMapping("/wecom/external-contacts")
class ExternalContactPageController {
    private final ExternalContactService service;

    ExternalContactPageController(ExternalContactService service) {
        this.service = service;
    }

    /** The page, or only its table when a filter or the next page asks (htmx). */
    @GetMapping
    String list(@RequestParam(required = false) String cursor, @RequestParam(required = false) String member,
                @RequestParam(required = false) Boolean imported, @RequestParam(required = false) String corp,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("members", service.members());
        model.addAttribute("result", service.list(cursor, member, imported, corp));
        model.addAttribute("member", member);
        model.addAttribute("imported", imported);
        model.addAttribute("corp", corp);
        return htmx != null ? "wecom/external-contacts :: results" : "wecom/external-contacts";
    }

    @PostMapping("/imports")
    String importSelected(@RequestParam(required = false) List<String> externalUserIds,
                          @RequestParam(required = false) Long customerId, Model model) {
        model.addAttribute("results", service.importSelected(externalUserIds, customerId));
        return "wecom/external-contacts :: imported";
    }

    @PostMapping("/imports/all")
    String importAll(@RequestParam(required = false) Long customerId, Model model) {
        model.addAttribute("job", service.importJob(service.importAll(customerId)));
        return "wecom/external-contacts :: job";
    }

    @GetMapping("/imports/{jobId}")
    String job(@PathVariable long jobId, Model model) {
        model.addAttribute("job", service.importJob(jobId));
        return "wecom/external-contacts :: job";
    }
}
