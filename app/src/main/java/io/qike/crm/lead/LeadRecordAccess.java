package io.qike.crm.lead;

import io.qike.crm.salesrecord.SalesRecordLeads;
import org.springframework.stereotype.Component;

/** Tells the sales-record module whether the current user sees a lead its records would belong to. */
@Component
class LeadRecordAccess implements SalesRecordLeads {
    private final LeadService leads;

    LeadRecordAccess(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public boolean visible(long leadId) {
        return leads.find(leadId).isPresent();
    }
}
