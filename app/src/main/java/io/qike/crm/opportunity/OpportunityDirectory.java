package io.qike.crm.opportunity;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.Permission;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other modules need to know about opportunities they refer to (a to-do linked to one), without reading the table. */
@Service
public class OpportunityDirectory {
    private final OpportunityRepository repository;
    private final DataScopes scopes;

    OpportunityDirectory(OpportunityRepository repository, DataScopes scopes) {
        this.repository = repository;
        this.scopes = scopes;
    }

    /** The opportunity's name when the signed-in user may see it (OPPORTUNITY_VIEW and their data scope), else empty. */
    public Optional<String> visibleName(long opportunityId) {
        if (!CurrentUser.require().can(Permission.OPPORTUNITY_VIEW)) return Optional.empty();
        return repository.find(opportunityId, scopes.current()).map(Opportunity::name);
    }
}
