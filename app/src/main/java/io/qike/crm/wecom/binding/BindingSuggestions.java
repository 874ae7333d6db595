package io.qike.crm.wecom.binding;

import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.User;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.wecom.WecomClients;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.springframework.stereotype.Service;

/**
 * Who among the unbound Qike users may be this WeCom member, and why: the same mobile (the synced one, or, when the
 * secret could not read mobiles, WeCom's own user/getuserid for each user's mobile), the same e-mail, the same name;
 * a department of the same name strengthens a suggestion but never makes one alone.
 */
@Service
public class BindingSuggestions {
    /** At most this many user/getuserid calls for one member: an enterprise of thousands is matched by name instead. */
    static final int MOBILE_LOOKUPS = 200;
    private final BindingRepository store;
    private final UserService users;
    private final WecomClients clients;

    BindingSuggestions(BindingRepository store, UserService users, WecomClients clients) {
        this.store = store;
        this.users = users;
        this.clients = clients;
    }

    @RequiresPermission(Permission.ADMIN_WECOM)
    public List<Suggestion> forMember(String userid) {
        MemberLine m = store.member(userid).orElseThrow(() -> new NotFoundException("wecom_member", userid));
        Set<Long> bound = new HashSet<>(store.boundUsers());
        List<User> candidates = users.list().stream().filter(u -> "ACTIVE".equals(u.status()) && !bound.contains(u.id())).toList();
        Optional<Long> byMobile = m.mobile() != null ? Optional.empty() : mobileLookup(userid, candidates);
        List<Suggestion> out = new ArrayList<>();
        for (User u : candidates) {
            List<String> reasons = new ArrayList<>();
            if (byMobile.map(id -> id == u.id()).orElse(false) || (m.mobile() != null && m.mobile().equals(u.mobile()))) reasons.add("MOBILE");
            if (m.email() != null && u.email() != null && m.email().equalsIgnoreCase(u.email())) reasons.add("EMAIL");
            if (m.name() != null && m.name().equals(u.displayName())) reasons.add("NAME");
            if (reasons.isEmpty()) continue;
            if (u.departmentName() != null && m.departments().contains(u.departmentName())) reasons.add("DEPARTMENT");
            out.add(new Suggestion(u.id(), u.login(), u.displayName(), u.departmentName(), reasons));
        }
        out.sort(Comparator.comparing((Suggestion s) -> -weight(s)).thenComparing(Suggestion::displayName));
        return out;
    }

    private static int weight(Suggestion s) {
        return s.reasons().stream().mapToInt(r -> switch (r) {
            case "MOBILE" -> 8;
            case "EMAIL" -> 4;
            case "NAME" -> 2;
            default -> 1;
        }).sum();
    }

    /** The user whose mobile WeCom resolves to this member (contacts secret first: it sees the whole corp). */
    private Optional<Long> mobileLookup(String userid, List<User> candidates) {
        Optional<WxCpService> service = clients.contacts().or(clients::app);
        if (service.isEmpty()) return Optional.empty();
        int calls = 0;
        for (User u : candidates) {
            if (u.mobile() == null || u.mobile().isBlank()) continue;
            if (++calls > MOBILE_LOOKUPS) break;
            try {
                if (userid.equals(service.get().getUserService().getUserId(u.mobile().trim()))) return Optional.of(u.id());
            } catch (WxErrorException e) {
                // 46004: no member with that mobile in the secret's range; other refusals leave name and e-mail to match
                if (e.getError().getErrorCode() != 46004) return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
