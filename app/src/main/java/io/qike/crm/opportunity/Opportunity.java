package io.qike.crm.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An opportunity (商机) of a customer, on a stage of its sales process. {@code status} follows the stage's kind
 * (OPEN, WON, LOST); a closed one has its {@code closeReason} and {@code closedAt}. When it has product lines its
 * amount is their sum.
 */
public record Opportunity(long id, long customerId, String customerName, String name, BigDecimal amount, LocalDate expectedCloseOn,
                          long processId, long stageId, String stageName, int probability, long ownerId, String ownerName,
                          String status, String closeReason, OffsetDateTime closedAt, List<OpportunityLine> lines,
                          Map<String, Object> custom, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    public boolean open() {
        return SalesStage.OPEN.equals(status);
    }

    Opportunity with(String customerName, String ownerName, String stageName, List<OpportunityLine> lines) {
        return new Opportunity(id, customerId, customerName, name, amount, expectedCloseOn, processId, stageId, stageName, probability,
                ownerId, ownerName, status, closeReason, closedAt, lines, custom, createdAt, updatedAt);
    }
}
