package io.qike.crm.opportunity;

import java.math.BigDecimal;
import java.util.List;

/** A process's opportunities in the viewer's data scope, by stage (the most recently changed first, up to a limit per stage). */
public record Kanban(SalesProcess process, List<Column> columns) {
    public record Column(SalesStage stage, long count, BigDecimal amount, List<Opportunity> cards) {
    }
}
