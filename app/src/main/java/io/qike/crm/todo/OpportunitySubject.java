package io.qike.crm.todo;

import io.qike.crm.opportunity.OpportunityDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** To-dos on an opportunity: visible with 商机查看 and the opportunity in the user's data scope. */
@Component
class OpportunitySubject implements TodoSubject {
    private final OpportunityDirectory opportunities;

    OpportunitySubject(OpportunityDirectory opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String type() {
        return "OPPORTUNITY";
    }

    @Override
    public Optional<String> visibleLabel(long id) {
        return opportunities.visibleName(id);
    }

    @Override
    public String webPath(long id) {
        return "/opportunities/" + id;
    }

    @Override
    public String h5Path(long id) {
        return "/h5/opportunities/" + id;
    }
}
