package io.qike.crm.wecom.binding;

import java.util.List;

/** A Qike user who may be this member, with why: MOBILE (WeCom's user/getuserid or the synced mobile), EMAIL, NAME, DEPARTMENT. */
public record Suggestion(long userId, String login, String displayName, String departmentName, List<String> reasons) {
}
