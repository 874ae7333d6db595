package io.qike.crm.wecom.sidebar;

import io.qike.crm.contact.Contact;
import io.qike.crm.customer.Customer;
import io.qike.crm.salesrecord.SalesRecord;
import java.util.List;

/**
 * What the chat sidebar shows for the external contact of the open chat: its Qike contact and customer with the
 * latest sales records (LINKED), an offer to import or bind it (UNLINKED), "无权查看" when the contact lies outside
 * the member's data scope (FORBIDDEN), or that binding is not available in this installation (NOT_READY).
 */
public record SidebarChat(String externalUserId, State state, Contact contact, Customer customer, List<SalesRecord> records,
                          boolean recordsVisible) {
    public enum State { LINKED, UNLINKED, FORBIDDEN, NOT_READY }

    static SidebarChat of(String externalUserId, State state) {
        return new SidebarChat(externalUserId, state, null, null, List.of(), false);
    }

    public boolean is(String state) {
        return this.state.name().equals(state);
    }
}
