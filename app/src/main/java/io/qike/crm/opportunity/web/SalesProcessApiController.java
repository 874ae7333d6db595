package io.qike.crm.opportunity.web;

import io.qike.crm.opportunity.SalesProcess;
import io.qike.crm.opportunity.SalesProcesses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sales-processes")
@Tag(name = "Sales processes", description = "销售流程")
class SalesProcessApiController {
    private final SalesProcesses processes;

    SalesProcessApiController(SalesProcesses processes) {
        this.processes = processes;
    }

    @GetMapping
    @Operation(summary = "The enterprise's sales processes with their stages in order, the default first")
    List<SalesProcess> list() {
        return processes.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A sales process with its stages")
    SalesProcess get(@PathVariable long id) {
        return processes.get(id);
    }
}
