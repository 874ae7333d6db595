package io.qike.crm.wecom.binding;

import java.util.List;

/**
 * 可用人数 30（已使用 28）: the seats bought for the CRM app (entered by the administrator; null when not entered),
 * the members in its visible range, those bound, and who WeCom refuses for want of a seat (使用人数超限).
 */
public record Seats(Integer purchased, int inVisibleRange, int bound, List<MemberLine> unseated) {
    /** The visible range exceeds the seats: by the purchased count when known, else by who WeCom refused at the last sync. */
    public boolean exceeded() {
        return (purchased != null && inVisibleRange > purchased) || !unseated.isEmpty();
    }
}
