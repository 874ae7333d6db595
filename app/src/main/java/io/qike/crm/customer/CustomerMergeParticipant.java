package io.qike.crm.customer;

/**
 * A module that keeps rows for customers (contacts, sales records, registry work, relationship data) and moves
 * them when customers are merged (合并). Implemented by that module over its own tables; called inside the
 * merge's transaction, before the merged customer is deleted, so a failure leaves both customers as they were.
 */
public interface CustomerMergeParticipant {
    /** Moves what this module keeps for customer {@code from} to customer {@code into}. */
    void moveTo(long from, long into);
}
