package io.qike.crm.todo;

import io.qike.crm.contact.ContactService;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** To-dos on a contact: visible with 联系人查看 and the contact in the user's data scope. */
@Component
class ContactSubject implements TodoSubject {
    private final ContactService contacts;

    ContactSubject(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public String type() {
        return "CONTACT";
    }

    @Override
    public Optional<String> visibleLabel(long id) {
        if (CurrentUser.find().filter(u -> u.can(Permission.CONTACT_VIEW)).isEmpty()) return Optional.empty();
        try {
            return Optional.of(contacts.get(id).name());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String webPath(long id) {
        return "/contacts/" + id;
    }

    @Override
    public String h5Path(long id) {
        return null;
    }
}
