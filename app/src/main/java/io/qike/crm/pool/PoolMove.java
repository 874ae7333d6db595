package io.qike.crm.pool;

import java.time.OffsetDateTime;

/** One move of a customer between an owner and a pool (领取, 退回, 移入, 分配, 回收, 导入), with its reason or rule. */
public record PoolMove(long id, long customerId, String customerName, long poolId, String kind, Long fromUserId,
                       String fromUserName, Long toUserId, String toUserName, Long byUserId, Long ruleId, String reason,
                       OffsetDateTime movedAt) {
}
