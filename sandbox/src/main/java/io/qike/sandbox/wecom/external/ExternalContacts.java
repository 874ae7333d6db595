package io.qike.sandbox.wecom.external;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All customers and follow relations, indexed both by customer and by member. */
public final class ExternalContacts {
    private final List<ExternalContact> contacts;
    private final Map<String, ExternalContact> byId = new LinkedHashMap<>();
    private final Map<String, List<FollowInfo>> byContact = new LinkedHashMap<>();
    private final Map<String, List<FollowInfo>> byMember = new LinkedHashMap<>();

    public ExternalContacts(List<ExternalContact> contacts, List<FollowInfo> follows) {
        this.contacts = List.copyOf(contacts);
        contacts.forEach(c -> byId.put(c.externalUserid(), c));
        for (FollowInfo f : follows) {
            byContact.computeIfAbsent(f.externalUserid(), k -> new ArrayList<>()).add(f);
            byMember.computeIfAbsent(f.userid(), k -> new ArrayList<>()).add(f);
        }
    }

    public List<ExternalContact> all() { return contacts; }
    public ExternalContact get(String externalUserid) { return externalUserid == null ? null : byId.get(externalUserid); }
    public List<FollowInfo> followersOf(String externalUserid) { return byContact.getOrDefault(externalUserid, List.of()); }
    /** The member's customers in the order they were added. */
    public List<FollowInfo> followedBy(String userid) { return byMember.getOrDefault(userid, List.of()); }
}
