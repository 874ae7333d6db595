package io.qike.crm.opportunity.web;

import io.qike.crm.opportunity.SalesProcess;
import io.qike.crm.opportunity.SalesProcesses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sales-processes")
@Tag(name = "Sales processes", description = "销售流程")
class SalesProcessApiController {
    record StageMove(@Schema(description = "UP or DOWN", allowableValues = {"UP", "DOWN"}) String direction) {
    }

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

    @PostMapping("/{id}/stages/{stageId}/move")
    @Operation(summary = "Move a stage one place up or down in its process's order (needs admin:sales)",
            description = "Swaps the stage's position with its neighbour's; the kanban and the funnel show the new order. Open stages "
            + "move among themselves and won/lost stages among themselves, so these stay at the end: the first (or last) of its "
            + "group is a 409 stage_cannot_move and nothing changes. Answers the process with its stages in the new order")
    SalesProcess move(@PathVariable long id, @PathVariable long stageId, @RequestBody StageMove move) {
        return processes.moveStage(id, stageId, move.direction());
    }
}
