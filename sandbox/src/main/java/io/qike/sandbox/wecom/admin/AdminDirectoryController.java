package io.qike.sandbox.wecom.admin;

import io.qike.sandbox.wecom.callback.CallbackService;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.directory.Directory;
import io.qike.sandbox.wecom.directory.Member;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to the address book as an admin would make them in the console, each followed by the
 * change_contact event (create_user / update_user / delete_user) to the contacts-sync callback and to the
 * self-built app's callback when the member is in its visible range, so contact sync can be tested end to end.
 */
@RestController("wecomAdminDirectoryController")
@RequestMapping("/sandbox/admin/wecom/directory/members")
public class AdminDirectoryController {
    private final WeComState state;
    private final CallbackService callbacks;

    public AdminDirectoryController(WeComState state, CallbackService callbacks) {
        this.state = state;
        this.callbacks = callbacks;
    }

    /** {"userid","name","department":[ids],"mobile","position","gender","email"} → the member and the deliveries. */
    @PostMapping
    public Map<String, Object> create(@RequestBody Map<String, Object> body) {
        Directory dir = state.world().directory();
        String userid = Bodies.string(body, "userid");
        if (dir.member(userid) != null) {
            throw new IllegalArgumentException("userid " + userid + " exists");
        }
        Member m = MemberEdits.apply(dir, null, userid, body,
                dir.members().stream().mapToInt(Member::joinIndex).max().orElse(-1) + 1);
        state.changeDirectory(d -> d.with(null, m));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("UserID", m.userid());
        fields.putAll(MemberEdits.eventFields(m, null));
        return answer(m, "create_user", fields);
    }

    /** Any of name, mobile, position, department, gender, email, status, new_userid. */
    @PatchMapping("/{userid}")
    public Map<String, Object> update(@PathVariable String userid, @RequestBody Map<String, Object> body) {
        Directory dir = state.world().directory();
        Member old = existing(dir, userid);
        String newId = body.get("new_userid") == null ? userid : String.valueOf(body.get("new_userid"));
        if (!newId.equals(userid) && dir.member(newId) != null) {
            throw new IllegalArgumentException("userid " + newId + " exists");
        }
        Member m = MemberEdits.apply(dir, old, newId, body, old.joinIndex());
        state.changeDirectory(d -> d.with(userid, m));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("UserID", userid);
        if (!newId.equals(userid)) {
            fields.put("NewUserID", newId);
        }
        fields.putAll(MemberEdits.eventFields(m, old));
        return answer(m, "update_user", fields);
    }

    @DeleteMapping("/{userid}")
    public Map<String, Object> delete(@PathVariable String userid) {
        Member old = existing(state.world().directory(), userid);
        boolean wasVisible = state.visible(state.app(AppKind.APP), old);
        state.changeDirectory(d -> d.without(userid));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("deleted", userid);
        out.put("deliveries", notify(wasVisible, Map.of("ChangeType", "delete_user", "UserID", userid)));
        return out;
    }

    private Map<String, Object> answer(Member m, String changeType, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("ChangeType", changeType);
        all.putAll(fields);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("userid", m.userid());
        out.put("deliveries", notify(state.visible(state.app(AppKind.APP), m), all));
        return out;
    }

    private List<CallbackService.Delivery> notify(boolean visibleToApp, Map<String, String> fields) {
        List<CallbackService.Delivery> out = new ArrayList<>();
        if (state.app(AppKind.CONTACTS).callback() != null) {
            out.add(callbacks.deliver(AppKind.CONTACTS, "change_contact", fields, 1000));
        }
        if (visibleToApp && state.app(AppKind.APP).callback() != null) {
            out.add(callbacks.deliver(AppKind.APP, "change_contact", fields, 1000));
        }
        return out;
    }

    private static Member existing(Directory dir, String userid) {
        Member m = dir.member(userid);
        if (m == null) {
            throw new IllegalArgumentException("no member " + userid);
        }
        return m;
    }
}
