package io.qike.crm.wecom.external;

import java.util.List;

/** One external contact on the list: who it is, which members follow it (and their Qike users), what importing it would do. */
public record ExternalContactRow(String externalUserId, String name, int type, String corpName, String corpFullName,
                                 String position, List<Follower> followers, Long contactId, CustomerMatch match) {
    public record Follower(String userid, Long userId, String remark) {
    }
}
