package io.qike.crm.platform.audit;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditPageController {
    static final int PAGE_SIZE = 50;
    private final AuditSearch audit;
    private final AuditChangeTable table;

    AuditPageController(AuditSearch audit, AuditChangeTable table) {
        this.audit = audit;
        this.table = table;
    }

    /** An entry with its changes as labelled rows. */
    record Shown(AuditEntry entry, List<AuditChangeTable.Row> rows) {
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                 @RequestParam(required = false) String action, @RequestParam(required = false) String user,
                 @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        AuditSearch.Page found = audit.page(q, type, action, user, page, PAGE_SIZE);
        model.addAttribute("entries", found.entries().stream()
                .map(e -> new Shown(e, table.rows(e.objectType(), e.changes(), locale))).toList());
        model.addAttribute("hasNext", found.hasNext());
        model.addAttribute("types", audit.objectTypes());
        model.addAttribute("users", audit.userNames());
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("action", action);
        model.addAttribute("user", user);
        model.addAttribute("page", found.page());
        return "admin/audit";
    }
}
