package io.qike.crm.lead;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import io.qike.crm.salesrecord.SalesRecordLeads;
import org.springframework.stereotype.Component;

/** Tells the sales-record module whether the current user sees a lead its records would belong to. */
@Component
class LeadRecordAccess implements SalesRecordLeads {
    private final LeadService leads;

    LeadRecordAccess(LeadService leads) {
        this.leads = leads;
    }

    /** Only with lead:view, as {@link LeadDirectory}: a lead in one's data scope is not enough to read its records. */
    @Override
    public boolean visible(long leadId) {
        if (CurrentUser.find().map(u -> !u.can(Permission.LEAD_VIEW)).orElse(true)) return false;
        return leads.find(leadId).isPresent();
    }
}
