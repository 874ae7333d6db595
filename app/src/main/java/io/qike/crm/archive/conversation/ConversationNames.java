package io.qike.crm.archive.conversation;

import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.wecom.ExternalContactLinks;
import io.qike.crm.wecom.LinkedContact;
import io.qike.crm.wecom.WecomBindings;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Names of the parties of conversations: a member by the Qike user bound to it (else its WeCom userid), a customer's
 * side by the contact it is bound to (names already known are passed in), else by its WeCom name, else left out.
 */
@Component
public class ConversationNames {
    private final WecomBindings bindings;
    private final RecordOwners users;
    private final ExternalContactLinks links;

    ConversationNames(WecomBindings bindings, RecordOwners users, ExternalContactLinks links) {
        this.bindings = bindings;
        this.users = users;
        this.links = links;
    }

    /** An external contact (customer's side): WeCom's external_userid starts with wm or wo. */
    static boolean external(String party) {
        return party != null && (party.startsWith("wm") || party.startsWith("wo"));
    }

    /** Names of these parties; an external contact nobody here knows is absent. */
    public Map<String, String> of(Collection<String> parties, Map<String, String> known) {
        Map<String, String> names = new HashMap<>();
        Map<Long, String> userOf = new HashMap<>();
        for (String p : parties) {
            if (known.containsKey(p)) {
                names.put(p, known.get(p));
            } else if (external(p)) {
                linked(p).map(LinkedContact::name).ifPresent(n -> names.put(p, n));
            } else {
                Optional<Long> user = bindings.userFor(p);
                if (user.isPresent()) userOf.put(user.get(), p);
                else names.put(p, p);
            }
        }
        users.names(userOf.keySet()).forEach((id, name) -> names.put(userOf.get(id), name));
        userOf.forEach((id, p) -> names.putIfAbsent(p, p));
        return names;
    }

    /** The contact an external contact is bound to, if the caller may see it. */
    Optional<LinkedContact> linked(String externalUserId) {
        return links.find(externalUserId);
    }
}
