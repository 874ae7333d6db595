package io.qike.crm.dedup.web;

import io.qike.crm.dedup.DuplicateCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The duplicate-check tool page (查重): search all of the tenant's customers by name, credit code or phone. */
@Controller
class DedupPageController {
    private final DuplicateCheck duplicates;

    DedupPageController(DuplicateCheck duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/dedup")
    @PreAuthorize("hasAuthority('customer:view')")
    String page(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", q == null ? null : duplicates.search(q));
        return "dedup/page";
    }
}
