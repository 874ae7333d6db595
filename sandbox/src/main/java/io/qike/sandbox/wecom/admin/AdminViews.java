package io.qike.sandbox.wecom.admin;

import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.AppSettings;
import io.qike.sandbox.wecom.core.CallbackSettings;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.directory.Member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON views of the simulator's settings for the admin API. */
final class AdminViews {
    private AdminViews() {
    }

    static Map<String, Object> app(WeComState state, AppSettings s) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("app", s.kind().key());
        j.put("name", s.name());
        j.put("agentid", s.agentId());
        j.put("secret", s.secret());
        j.put("ip_allowlist", s.ipAllowList());
        if (s.kind() == AppKind.APP) {
            List<Member> visible = state.visibleMembers(s);
            j.put("seats", s.seats());
            j.put("visible_departments", s.visibleDepartments());
            j.put("visible_users", s.visibleUsers());
            j.put("visible_member_count", visible.size());
            j.put("unseated_members", visible.stream().filter(m -> !state.seated(s, m)).map(Member::userid).toList());
            j.put("trusted_domains", s.trustedDomains());
            j.put("external_contact_access", s.externalContactAccess());
        }
        CallbackSettings c = s.callback();
        if (c != null) {
            j.put("callback", Map.of("url", c.url(), "token", c.token(), "encoding_aes_key", c.encodingAesKey()));
        }
        return j;
    }
}
