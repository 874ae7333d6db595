package io.qike.crm.opportunity;

import io.qike.crm.platform.CheckedRows;

/** The rows of one opportunity import checked so far by {@link OpportunityImport}. */
public final class OpportunityBatch extends CheckedRows<OpportunityService.Checked> {
    OpportunityBatch() {
    }
}
