package io.qike.crm.wecom.binding;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.User;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.wecom.directory.SeatRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 账号绑定: the members bound and unbound, binding by hand, unbinding, and the seats. Administration of WeCom. */
@Service
public class BindingService {
    static final int PAGE_SIZE = 20;
    private final BindingRepository store;
    private final SeatRepository seats;
    private final UserService users;
    private final AuditLog audit;

    BindingService(BindingRepository store, SeatRepository seats, UserService users, AuditLog audit) {
        this.store = store;
        this.seats = seats;
        this.users = users;
        this.audit = audit;
    }

    @RequiresPermission(Permission.ADMIN_WECOM)
    public MemberPage members(Boolean bound, String q, Integer page) {
        int p = page == null || page < 1 ? 1 : Math.min(page, 100_000);
        String text = q == null || q.isBlank() ? null : q.trim();
        List<MemberLine> lines = store.page(bound, text, (p - 1) * PAGE_SIZE, PAGE_SIZE);
        return new MemberPage(named(lines), p, PAGE_SIZE, store.count(bound, text));
    }

    @RequiresPermission(Permission.ADMIN_WECOM)
    public MemberLine member(String userid) {
        return store.member(userid).map(l -> named(List.of(l)).get(0)).orElseThrow(() -> new NotFoundException("wecom_member", userid));
    }

    /** Binds the member to the user; a user bound to another member must be unbound first. */
    @Transactional
    @RequiresPermission(Permission.ADMIN_WECOM)
    public MemberLine bind(String userid, Long userId) {
        MemberLine member = store.member(userid).orElseThrow(() -> new NotFoundException("wecom_member", userid));
        if (userId == null) new Checks().add("userId", "required").throwIfAny();
        User user = activeUser(userId).orElseThrow(() -> new NotFoundException("user", userId));
        Optional<String> other = store.useridOf(userId).filter(u -> !u.equals(userid));
        if (other.isPresent()) {
            throw new ConflictException("wecom_user_bound", "error.wecom_user_bound", Map.of("userid", other.get()));
        }
        Long before = member.userId();
        if (user.id() == (before == null ? -1 : before)) return member(userid);
        store.bind(userid, user.id(), CurrentUser.require().userId());
        if (before != null) audit.record("WECOM_UNBIND", "USER", before, userid, Map.of("wecomUserid", new AuditLog.Change(userid, null)));
        audit.record("WECOM_BIND", "USER", user.id(), user.login(), Map.of("wecomUserid", new AuditLog.Change(null, userid)));
        return member(userid);
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_WECOM)
    public void unbind(String userid) {
        store.member(userid).orElseThrow(() -> new NotFoundException("wecom_member", userid));
        store.unbind(userid).ifPresent(userId -> audit.record("WECOM_UNBIND", "USER", userId, userid,
                Map.of("wecomUserid", new AuditLog.Change(userid, null))));
    }

    @RequiresPermission(Permission.ADMIN_WECOM)
    public Seats seats() {
        return new Seats(seats.purchased().orElse(null), store.inVisibleRange(), store.boundInVisibleRange(), store.unseated());
    }

    /** 可用人数 as bought (WeCom's API does not report it); null forgets it. */
    @Transactional
    @RequiresPermission(Permission.ADMIN_WECOM)
    public Seats purchasedSeats(Integer purchased) {
        Checks checks = new Checks();
        if (purchased != null) checks.range("purchased", "wecom.seats.purchased", purchased, 0, 1_000_000);
        checks.throwIfAny();
        seats.purchased(purchased);
        return seats();
    }

    /** Active Qike users not bound to any member: whom a member may be bound to by hand. */
    @RequiresPermission(Permission.ADMIN_WECOM)
    public List<User> unboundUsers() {
        java.util.Set<Long> bound = new java.util.HashSet<>(store.boundUsers());
        return users.list().stream().filter(u -> "ACTIVE".equals(u.status()) && !bound.contains(u.id())).toList();
    }

    Optional<User> activeUser(long userId) {
        return Optional.ofNullable(users.byIds(List.of(userId)).get(userId)).filter(u -> "ACTIVE".equals(u.status()));
    }

    private List<MemberLine> named(List<MemberLine> lines) {
        Map<Long, User> named = users.byIds(lines.stream().map(MemberLine::userId).filter(java.util.Objects::nonNull).toList());
        Map<Long, String> names = new HashMap<>();
        named.forEach((id, u) -> names.put(id, u.displayName()));
        return lines.stream().map(l -> l.userId() == null ? l : l.withUserName(names.get(l.userId()))).toList();
    }
}
