package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.Caller;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.directory.Department;
import io.qike.sandbox.wecom.directory.Member;
import org.springframework.stereotype.Component;

/**
 * What one app may see of the address book. A member outside the self-built app's visible range, or
 * beyond its purchased seats, is "no privilege" (60011) for per-member calls: the seat limit is
 * modelled as members the app is not allowed to serve (the console shows 使用人数超限).
 */
@Component("wecomDirectoryAccess")
class DirectoryAccess {
    private final WeComState state;

    DirectoryAccess(WeComState state) {
        this.state = state;
    }

    Department visibleDepartment(Caller caller, String id) {
        Department d = null;
        try {
            d = id == null ? null : state.world().directory().department(Long.parseLong(id));
        } catch (NumberFormatException e) {
            // same answer as an unknown id
        }
        if (d == null) {
            throw new WxApiException(60123);
        }
        if (!state.visibleDepartmentIds(caller.app()).contains(d.id())) {
            throw new WxApiException(60011);
        }
        return d;
    }

    /** The member if it exists (60111) and the app may serve it (60011). */
    Member servedMember(Caller caller, String userid) {
        if (userid == null || userid.isEmpty()) {
            throw new WxApiException(41009);
        }
        Member m = state.world().directory().member(userid);
        if (m == null) {
            throw new WxApiException(60111);
        }
        if (!served(caller, m)) {
            throw new WxApiException(60011);
        }
        return m;
    }

    boolean served(Caller caller, Member m) {
        return m != null && (caller.kind() != AppKind.APP || state.seated(caller.app(), m));
    }

    /** Only the contacts-sync secret still receives mobile, email, avatar and the like. */
    boolean sensitive(Caller caller) {
        return caller.kind() == AppKind.CONTACTS;
    }
}
