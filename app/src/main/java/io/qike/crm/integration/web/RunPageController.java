package io.qike.crm.integration.web;

import io.qike.crm.integration.CallLedger;
import io.qike.crm.integration.FlowRunService;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.RunQuery;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 运行日志 (searchable, with each node's redacted request and response) and 调用台账. */
@Controller
@RequestMapping("/admin/integration")
class RunPageController {
    private final FlowRunService runs;
    private final CallLedger ledger;

    RunPageController(FlowRunService runs, CallLedger ledger) {
        this.runs = runs;
        this.ledger = ledger;
    }

    @GetMapping("/runs")
    String runs(@RequestParam(required = false) String flow, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        FlowStatus s = InterfaceForm.type(FlowStatus.class, status);
        model.addAttribute("runs", runs.search(new RunQuery(flow, s, q, from, to, page, 50)));
        model.addAttribute("flow", flow);
        model.addAttribute("status", s == null ? null : s.name());
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", page);
        model.addAttribute("statuses", FlowStatus.values());
        return "integration/runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.get(id));
        return "integration/run";
    }

    @GetMapping("/ledger")
    String ledger(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("rows", ledger.rows(from, to, null));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "integration/ledger";
    }
}
