package io.qike.crm.lead;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What other modules may learn about a lead: its name, when the current user may see it. */
@Component
public class LeadDirectory {
    private final LeadService leads;

    LeadDirectory(LeadService leads) {
        this.leads = leads;
    }

    /** The lead's company name if the current user may see the lead, else empty (also for no such lead). */
    public Optional<String> visibleName(long leadId) {
        if (CurrentUser.find().map(u -> !u.can(Permission.LEAD_VIEW)).orElse(true)) return Optional.empty();
        return leads.find(leadId).map(Lead::companyName);
    }
}
