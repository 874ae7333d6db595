package io.qike.sandbox.wecom.external;

import java.util.List;

/** One member's relation with a customer (follow_user / follow_info). */
public record FollowInfo(String userid, String externalUserid, String remark, String description, long createtime,
                         List<CorpTag> tags, String remarkCorpName, List<String> remarkMobiles,
                         String operUserid, int addWay, String state) {
}
