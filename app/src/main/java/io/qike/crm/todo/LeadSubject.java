package io.qike.crm.todo;

import io.qike.crm.lead.LeadDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** To-dos on a lead: visible with 线索查看 and the lead in the user's data scope. */
@Component
class LeadSubject implements TodoSubject {
    private final LeadDirectory leads;

    LeadSubject(LeadDirectory leads) {
        this.leads = leads;
    }

    @Override
    public String type() {
        return "LEAD";
    }

    @Override
    public Optional<String> visibleLabel(long id) {
        return leads.visibleName(id);
    }

    @Override
    public String webPath(long id) {
        return "/leads/" + id;
    }

    @Override
    public String h5Path(long id) {
        return "/h5/leads/" + id;
    }
}
