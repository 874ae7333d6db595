package io.qike.crm.wecom;

/**
 * Where a WeCom member stands with the CRM, as the last directory sync saw it, in the order a caller should test
 * it: a member Qike does not know, one outside the CRM app's visible range, one in range but without a seat (WeCom
 * refuses him: 60011, 50002, invaliduser), one who may use the app but is not bound to a Qike user yet, and one bound.
 */
public enum MemberState {
    /** Not in the synced directory (never synced, removed, or a userid of another corp). */
    UNKNOWN,
    /** In the directory but outside the CRM app's visible range. */
    OUT_OF_RANGE,
    /** In the visible range but beyond the purchased seats (使用人数超限). */
    UNSEATED,
    /** May use the app but has no Qike user bound (未绑定). */
    UNBOUND,
    /** Bound to a Qike user. */
    BOUND;

    /** True when WeCom lets the member use the CRM app (login, messages, sidebar). */
    public boolean mayUseApp() {
        return this == UNBOUND || this == BOUND;
    }
}
