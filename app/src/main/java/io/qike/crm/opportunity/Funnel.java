package io.qike.crm.opportunity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The funnel of a process for the viewer's data scope. For each OPEN stage and the WON stage: how many opportunities
 * stand there now and their amount; how many ever reached it (an opportunity that went further, was won, or was lost
 * after it, counts for every stage up to the furthest it stood on); and the conversion rate, reached over reached at
 * the stage before (the first stage has none).
 */
public record Funnel(SalesProcess process, List<Step> steps) {
    public record Step(SalesStage stage, long count, BigDecimal amount, long reached, Integer conversionPercent) {
    }
}
