package io.qike.crm.wecom;

import io.qike.crm.wecom.store.WecomBindingRepository;
import io.qike.crm.wecom.store.WecomDirectoryRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which WeCom member is which Qike user in the current enterprise (账号绑定), for every part of Qike that works
 * with WeCom (login, notifications, external contacts, the sidebar). No permission needed to read; binding itself
 * is administration (ADMIN_WECOM) in {@code wecom.binding}.
 */
@Component
public class WecomBindings {
    private final WecomBindingRepository bindings;
    private final WecomDirectoryRepository directory;

    WecomBindings(WecomBindingRepository bindings, WecomDirectoryRepository directory) {
        this.bindings = bindings;
        this.directory = directory;
    }

    /** The Qike user bound to this WeCom userid. */
    public Optional<Long> userFor(String wecomUserId) {
        return wecomUserId == null ? Optional.empty() : bindings.userOf(wecomUserId);
    }

    /** The WeCom userid bound to this Qike user. */
    public Optional<String> wecomUserFor(long userId) {
        return bindings.useridOf(userId);
    }

    /** The WeCom userids of those of these Qike users who are bound (the unbound are absent from the map). */
    public Map<Long, String> wecomUsersFor(Collection<Long> userIds) {
        return userIds == null || userIds.isEmpty() ? Map.of() : bindings.useridsOf(userIds);
    }

    /** Where the member stands: unknown, outside the visible range, without a seat, unbound or bound. */
    public MemberState memberState(String wecomUserId) {
        if (wecomUserId == null) return MemberState.UNKNOWN;
        return directory.reach(wecomUserId).map(r -> {
            if (!r.inVisibleRange()) return MemberState.OUT_OF_RANGE;
            if (!r.seated()) return MemberState.UNSEATED;
            return r.bound() ? MemberState.BOUND : MemberState.UNBOUND;
        }).orElse(MemberState.UNKNOWN);
    }
}
