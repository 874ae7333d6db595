package io.qike.crm.wecom;

import java.util.List;

/**
 * An external contact bound to a Qike contact: its WeCom name and corp name (null for a personal WeChat contact),
 * the contact and its customer, and the Qike users whose bound WeCom members follow it (add it as a contact).
 */
public record LinkedContact(String externalUserId, String name, String corpName, long contactId, Long customerId,
                            List<Long> followerUserIds) {
    public LinkedContact {
        followerUserIds = List.copyOf(followerUserIds);
    }
}
