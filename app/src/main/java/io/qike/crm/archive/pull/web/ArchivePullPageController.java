package io.qike.crm.archive.pull.web;

import io.qike.crm.archive.pull.ArchivePullService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The 会话留存 tab's pull card, loaded by htmx: the status, 立即拉取 (re-polled every second while the pull runs) and
 * the recent pulls with the node that ran each.
 */
@Controller
@RequestMapping("/admin/wecom/archive/pull")
class ArchivePullPageController {
    private final ArchivePullService pulls;

    ArchivePullPageController(ArchivePullService pulls) {
        this.pulls = pulls;
    }

    @GetMapping
    String card(Model model) {
        model.addAttribute("status", pulls.status());
        model.addAttribute("running", pulls.runningPull().orElse(null));
        model.addAttribute("recent", pulls.recentPulls().stream().limit(10).toList());
        return "archive/pulls :: card";
    }

    @PostMapping
    String pull(Model model) {
        pulls.startPull();
        return card(model);
    }
}
