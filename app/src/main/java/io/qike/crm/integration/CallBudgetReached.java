package io.qike.crm.integration;

import java.time.LocalDate;

/**
 * A connection's daily call budget was used up: the call that took the last slot of {@code day} (the enterprise's
 * day) publishes it, so the enterprise's integration administrators hear of it once a day, before users wonder why
 * 工商 lookups are refused.
 */
public record CallBudgetReached(long tenantId, long connectionId, int budget, LocalDate day) {
}
