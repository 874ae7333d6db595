package io.qike.crm.wecom.directory;

import io.qike.crm.wecom.WecomClients;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpDepart;
import me.chanjar.weixin.cp.bean.WxCpUser;
import me.chanjar.weixin.cp.bean.user.WxCpDeptUserResult;
import org.springframework.stereotype.Component;

/**
 * Reads the whole directory from WeCom, following the post-2022 rules: the 通讯录同步 secret sees the whole corp
 * with every field; the app secret sees only its visible range and no mobile or e-mail. One department/list,
 * one user/list per department; where user/list is refused (an address added to 通讯录同步 after 2022-08-15),
 * user/list_id and user/get per member instead. The app secret's user/list_id tells the visible range, and
 * user/get with it which visible members WeCom refuses for want of a seat (only when the seats may not suffice).
 */
@Component
public class DirectoryReader {
    static final int LIST_ID_LIMIT = 10_000;
    private static final int NOT_VISIBLE = 60011;

    WecomDirectory read(WecomClients.Tenant clients, Integer purchasedSeats) throws WxErrorException {
        List<String> notes = new ArrayList<>();
        WxCpService app = clients.app().orElse(null);
        WxCpService source = clients.contacts().orElse(null);
        if (source == null) {
            if (app == null) throw new IllegalStateException("no secret");
            source = app;
            notes.add("wecom.sync.note.appOnly");
        }
        List<WecomDirectory.Dept> departments = source.getDepartmentService().list(null).stream()
                .map(d -> new WecomDirectory.Dept(d.getId(), root(d), d.getName(), d.getOrder() == null ? 0 : d.getOrder())).toList();
        List<WecomDirectory.Person> members = members(source, departments, notes);
        AppReach reach = app == null ? new AppReach(Set.of(), Set.of(), false) : appReach(app, purchasedSeats);
        if (source == app) members = withLoneMembers(app, members, reach);
        if (app == null) notes.add("wecom.sync.note.noApp");
        if (reach.probed()) notes.add("wecom.sync.note.seatsProbed");
        return new WecomDirectory(departments, members, reach.visible(), reach.unseated(), notes);
    }

    /** Whom the CRM app reaches: its visible range, and who in it WeCom refuses for want of a seat. */
    public record AppReach(Set<String> visible, Set<String> unseated, boolean probed) {
    }

    /**
     * The app's visible range (user/list_id with its own secret) and, when the purchased seats are unknown or fewer
     * than the visible members, who in it WeCom refuses (user/get, 60011): listings show the whole range regardless.
     */
    public AppReach appReach(WxCpService app, Integer purchasedSeats) throws WxErrorException {
        Set<String> visible = new HashSet<>(userids(app));
        if (purchasedSeats != null && visible.size() <= purchasedSeats) return new AppReach(visible, Set.of(), false);
        return new AppReach(visible, unseated(app, visible), true);
    }

    private static Long root(WxCpDepart d) {
        return d.getParentId() == null || d.getParentId() == 0 ? null : d.getParentId();
    }

    private List<WecomDirectory.Person> members(WxCpService source, List<WecomDirectory.Dept> departments, List<String> notes)
            throws WxErrorException {
        Map<String, WecomDirectory.Person> byId = new LinkedHashMap<>();
        try {
            for (WecomDirectory.Dept d : departments) {
                for (WxCpUser u : source.getUserService().listByDepartment(d.id(), false, null)) byId.putIfAbsent(u.getUserId(), person(u));
            }
            return new ArrayList<>(byId.values());
        } catch (WxErrorException refused) {
            notes.add("wecom.sync.note.listIdFallback");
            return byListId(source, notes);
        }
    }

    /**
     * Members made visible one by one (not through a department) are not listed under any department the app sees:
     * the app reads each of them with user/get (those without a seat it cannot read stay out).
     */
    private static List<WecomDirectory.Person> withLoneMembers(WxCpService app, List<WecomDirectory.Person> listed, AppReach reach)
            throws WxErrorException {
        Set<String> known = new HashSet<>();
        listed.forEach(p -> known.add(p.userid()));
        List<WecomDirectory.Person> out = new ArrayList<>(listed);
        for (String userid : reach.visible()) {
            if (known.contains(userid) || reach.unseated().contains(userid)) continue;
            try {
                out.add(person(app.getUserService().getById(userid)));
            } catch (WxErrorException e) {
                if (e.getError().getErrorCode() != NOT_VISIBLE) throw e;
            }
        }
        return out;
    }

    /** user/list refused: the userids from user/list_id, each member's details from user/get where it is allowed. */
    private List<WecomDirectory.Person> byListId(WxCpService source, List<String> notes) throws WxErrorException {
        Map<String, List<Long>> depts = new LinkedHashMap<>();
        String cursor = null;
        do {
            WxCpDeptUserResult page = source.getUserService().getUserListId(cursor, LIST_ID_LIMIT);
            if (page.getDeptUser() != null) page.getDeptUser().forEach(p -> depts.computeIfAbsent(p.getUserId(), k -> new ArrayList<>()).add(p.getDepartment()));
            cursor = page.getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        List<WecomDirectory.Person> out = new ArrayList<>();
        boolean detailsRefused = false;
        for (Map.Entry<String, List<Long>> e : depts.entrySet()) {
            WxCpUser u = null;
            if (!detailsRefused) {
                try {
                    u = source.getUserService().getById(e.getKey());
                } catch (WxErrorException refused) {
                    detailsRefused = true;
                    notes.add("wecom.sync.note.idsOnly");
                }
            }
            out.add(u != null ? person(u) : new WecomDirectory.Person(e.getKey(), null, e.getValue(), null, null, null, null));
        }
        return out;
    }

    private static List<String> userids(WxCpService app) throws WxErrorException {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            WxCpDeptUserResult page = app.getUserService().getUserListId(cursor, LIST_ID_LIMIT);
            if (page.getDeptUser() != null) page.getDeptUser().forEach(p -> ids.add(p.getUserId()));
            cursor = page.getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return new ArrayList<>(ids);
    }

    /** Visible members WeCom refuses to the app (60011 on user/get): not served for want of a seat. */
    private static Set<String> unseated(WxCpService app, Set<String> visible) throws WxErrorException {
        Set<String> out = new HashSet<>();
        for (String userid : visible) {
            try {
                app.getUserService().getById(userid);
            } catch (WxErrorException e) {
                if (e.getError().getErrorCode() != NOT_VISIBLE) throw e;
                out.add(userid);
            }
        }
        return out;
    }

    static WecomDirectory.Person person(WxCpUser u) {
        List<Long> depts = u.getDepartIds() == null ? List.of() : Arrays.asList(u.getDepartIds());
        return new WecomDirectory.Person(u.getUserId(), u.getName(), depts, blank(u.getPosition()), blank(u.getMobile()),
                blank(u.getEmail()), u.getStatus());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
