package io.qike.crm.salesrecord;

/**
 * The leads sales records may belong to before they become customers, implemented by the lead module (which depends
 * on this one): whether the current user sees the lead.
 */
public interface SalesRecordLeads {
    boolean visible(long leadId);
}
