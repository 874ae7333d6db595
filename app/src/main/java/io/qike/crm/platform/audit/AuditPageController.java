package io.qike.crm.platform.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditPageController {
    private final AuditSearch audit;

    AuditPageController(AuditSearch audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                 @RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", audit.search(q, type, action, page, 50));
        model.addAttribute("types", audit.objectTypes());
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("action", action);
        model.addAttribute("page", page);
        return "admin/audit";
    }
}
