package io.qike.crm.opportunity;

import io.qike.crm.lead.LeadConverted;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RunAs;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lead converted with an opportunity asked for (转换 … 同时新建商机): the opportunity opens for the new customer at the
 * first stage of the default process, owned by the lead's owner, created as that owner. Once per lead, however often
 * the event is handed over (the lead is kept on the opportunity, unique).
 */
@Component
class OpportunitiesFromLeads {
    private static final Logger log = LoggerFactory.getLogger(OpportunitiesFromLeads.class);
    private final OpportunityService opportunities;
    private final OpportunityRepository repository;
    private final RunAs runAs;
    private final TransactionTemplate tx;

    OpportunitiesFromLeads(OpportunityService opportunities, OpportunityRepository repository, RunAs runAs, TransactionTemplate tx) {
        this.opportunities = opportunities;
        this.repository = repository;
        this.runAs = runAs;
        this.tx = tx;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadConverted event) {
        if (event.opportunity() == null) return;
        LeadConverted.OpportunityDraft d = event.opportunity();
        try {
            open(event, d);
        } catch (DuplicateKeyException e) {
            log.debug("lead {} converted: its opportunity was opened by another hand-over of the event", event.leadId());
        }
    }

    private void open(LeadConverted event, LeadConverted.OpportunityDraft d) {
        runAs.user(event.ownerId(), () -> tx.executeWithoutResult(s -> {
            if (repository.existsForLead(event.leadId())) return;
            try {
                if (!CurrentUser.require().can(Permission.OPPORTUNITY_CREATE)) throw new AccessDeniedException("no opportunity:create");
                opportunities.create(new OpportunityDraft(event.customerId(), d.name(), d.amount(),
                        d.expectedCloseOn() == null ? null : d.expectedCloseOn().toString(), null, null, null, event.ownerId(), null,
                        List.of(), Map.of()), event.leadId());
            } catch (AccessDeniedException | InvalidInputException e) {
                // The owner may not create opportunities (any more), or the draft no longer fits: nothing to retry.
                log.warn("lead {} converted: opportunity not opened for user {}: {}", event.leadId(), event.ownerId(), e.getMessage());
                s.setRollbackOnly();
            }
        }));
    }
}
