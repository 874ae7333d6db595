package io.qike.crm.integration.web;

import io.qike.crm.integration.CallLedger;
import io.qike.crm.integration.FlowRun;
import io.qike.crm.integration.FlowRunService;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.LedgerRow;
import io.qike.crm.integration.RunQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/integration")
@Tag(name = "Integration: run logs and ledger", description = "运行日志、调用台账 (admin:integration)")
class RunApiController {
    private final FlowRunService runs;
    private final CallLedger ledger;

    RunApiController(FlowRunService runs, CallLedger ledger) {
        this.runs = runs;
        this.ledger = ledger;
    }

    @GetMapping("/runs")
    @Operation(summary = "Runs newest first; flow = API name, q = text in inputs, outputs, message or error")
    List<FlowRun> search(@RequestParam(required = false) String flow, @RequestParam(required = false) FlowStatus status,
                         @RequestParam(required = false) String q,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return runs.search(new RunQuery(flow, status, q, from, to, page, size));
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "A run with its inputs, outputs and each step's outcome")
    FlowRun get(@PathVariable long id) {
        return runs.get(id);
    }

    @GetMapping("/ledger")
    @Operation(summary = "Calls per day, connection and interface (default: the last 30 days)")
    List<LedgerRow> ledger(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) Long connectionId) {
        return ledger.rows(from, to, connectionId);
    }
}
