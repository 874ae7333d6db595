package io.qike.crm.opportunity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An opportunity as a form, the API or an import submits it. {@code processId} null: the default process;
 * {@code stageId} null: the process's first stage (or, on an edit, the current one); {@code probability} null: the
 * stage's; {@code amount} is ignored when there are {@code lines} (their sum is the amount); {@code reason} is
 * required when the stage is a WON or LOST one; {@code expectedCloseOn} is yyyy-MM-dd.
 */
public record OpportunityDraft(Long customerId, String name, BigDecimal amount, String expectedCloseOn, Long processId, Long stageId,
                               Integer probability, Long ownerId, String reason, List<OpportunityLine> lines,
                               Map<String, Object> custom) {
    public static OpportunityDraft of(long customerId, String name, BigDecimal amount) {
        return new OpportunityDraft(customerId, name, amount, null, null, null, null, null, null, List.of(), Map.of());
    }
}
