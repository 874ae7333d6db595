package io.qike.crm.dedup.web;

import io.qike.crm.dedup.DuplicateGroup;
import io.qike.crm.dedup.DuplicateCheck;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The duplicate-check tool page (查重): search all of the tenant's customers by name, credit code or phone; each found with its look-alikes and why. */
@Controller
class DedupPageController {
    private final DuplicateCheck duplicates;

    DedupPageController(DuplicateCheck duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/dedup")
    String page(@RequestParam(required = false) String q, Model model) {
        List<DuplicateGroup> results = duplicates.search(q); // even without a keyword: the service checks the permission
        model.addAttribute("q", q);
        model.addAttribute("results", q == null ? null : results);
        return "dedup/page";
    }
}
