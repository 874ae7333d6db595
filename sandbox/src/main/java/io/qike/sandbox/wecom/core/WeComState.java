package io.qike.sandbox.wecom.core;

import io.qike.sandbox.wecom.CompanyNameSource;
import io.qike.sandbox.wecom.WeComProperties;
import io.qike.sandbox.wecom.directory.Member;
import io.qike.sandbox.wecom.external.GeneratedCompanyNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The corp as the simulator currently sees it: generated world plus the console settings of each app. */
@Component("wecomWeComState")
public class WeComState implements Resettable {
    private final WeComProperties props;
    private final long seed;
    private final ObjectProvider<CompanyNameSource> names;
    private final SimClock clock;
    private volatile World world;
    private volatile Map<AppKind, AppSettings> apps;
    private volatile ArchiveSettings archiveSettings;

    public WeComState(WeComProperties props, Environment env, ObjectProvider<CompanyNameSource> names, SimClock clock) {
        this.props = props;
        this.seed = props.getSeed() != null ? props.getSeed() : env.getProperty("qike.sandbox.seed", Long.class, 20240601L);
        this.names = names;
        this.clock = clock;
        reset();
    }

    @Override
    public synchronized void reset() {
        long epoch = OffsetDateTime.parse(props.getDataEpoch()).toInstant().toEpochMilli();
        // Any CompanyNameSource bean (e.g. the registry simulators' data) wins over the generated names.
        List<String> companies = names.orderedStream().findFirst()
                .orElseGet(() -> new GeneratedCompanyNames(seed, 400)).companyNames();
        World w = World.generate(seed, props.getCorpId(), props.getCorpName(), props.getMembers(), props.getDepartments(),
                props.getExternalContacts(), props.getMessages(), companies, epoch);
        Map<AppKind, AppSettings> a = new EnumMap<>(AppKind.class);
        a.put(AppKind.CONTACTS, new AppSettings(AppKind.CONTACTS, "通讯录同步", null, secret("contacts")));
        a.put(AppKind.CUSTOMER, new AppSettings(AppKind.CUSTOMER, "客户联系", null, secret("customer")));
        AppSettings app = new AppSettings(AppKind.APP, "企客CRM", props.getAppAgentId(), secret("app"));
        app.visibleDepartments(List.of(2L, 18L, 28L));
        app.visibleUsers(w.directory().membersIn(w.directory().subtree(15)).stream().limit(2).map(Member::userid).toList());
        app.externalContactAccess(true);
        a.put(AppKind.APP, app);
        a.put(AppKind.ARCHIVE, new AppSettings(AppKind.ARCHIVE, "会话内容存档", 2000004, secret("archive")));
        this.world = w;
        this.apps = a;
        app.seats(props.getAppSeats() != null ? props.getAppSeats() : visibleMembers(app).size() + 10);
        this.archiveSettings = new ArchiveSettings(clock.nowMillis() + 365L * 86_400_000L);
        if (props.getArchivePublicKey() != null && !props.getArchivePublicKey().isBlank()) {
            w.archive().registerKey(props.getArchivePublicKey(), 1);
        }
    }

    private String secret(String key) {
        return props.getSecrets().getOrDefault(key, Seeds.secret(seed, key));
    }

    public long seed() { return seed; }
    public World world() { return world; }

    /** Applies an address-book change atomically; readers see the old or the new directory, never a mix. */
    public synchronized void changeDirectory(java.util.function.UnaryOperator<io.qike.sandbox.wecom.directory.Directory> change) {
        world = world.withDirectory(change.apply(world.directory()));
    }
    public String corpId() { return world.corpId(); }
    public AppSettings app(AppKind kind) { return apps.get(kind); }
    public List<AppSettings> apps() { return List.copyOf(apps.values()); }
    public ArchiveSettings archiveSettings() { return archiveSettings; }

    /** A corp that is not this one, so that "a secret of another enterprise" (40091) can be reproduced. */
    public String foreignCorpId() { return "wwforeigncorp0002"; }
    public String foreignSecret() { return Seeds.secret(seed, "foreign-corp"); }

    public AppSettings appBySecret(String secret) {
        return apps.values().stream().filter(a -> a.secret().equals(secret)).findFirst().orElse(null);
    }

    /** Departments whose members the app can see: everything for the contacts-sync secret. */
    public Set<Long> visibleDepartmentIds(AppSettings app) {
        if (app.kind() != AppKind.APP) {
            return world.directory().subtree(1);
        }
        Set<Long> out = new java.util.LinkedHashSet<>();
        app.visibleDepartments().forEach(d -> out.addAll(world.directory().subtree(d)));
        return out;
    }

    /** Members in the app's visible range (可见范围), in the order they joined. */
    public List<Member> visibleMembers(AppSettings app) {
        return visible(app).members();
    }

    /** In the app's visible range (可见范围). */
    public boolean visible(AppSettings app, Member m) {
        Visible v = visible(app);
        Integer rank = m == null ? null : v.rank().get(m.userid());
        return rank != null && v.members().get(rank).equals(m);
    }

    /** Visible and within the purchased seats: the first {@code seats} visible members (by join order) are served. */
    public boolean seated(AppSettings app, Member m) {
        if (m == null) {
            return false;
        }
        Integer rank = visible(app, m) ? visible(app).rank().get(m.userid()) : null;
        return rank != null && (app.seats() == null || rank < app.seats());
    }

    /**
     * The visible range as last computed, kept while the directory and the app's range are the same objects (both are
     * replaced, never changed in place): every API call asks whether its member is seated, and computing the range over
     * 10,000 members each time made the simulator the slowest part of a benchmark.
     */
    private record Visible(Object directory, Object departments, Object users, List<Member> members, Map<String, Integer> rank) {
    }

    private final Map<AppKind, Visible> visible = new java.util.concurrent.ConcurrentHashMap<>();

    private Visible visible(AppSettings app) {
        io.qike.sandbox.wecom.directory.Directory d = world.directory();
        Visible v = visible.get(app.kind());
        if (v != null && v.directory() == d && v.departments() == app.visibleDepartments() && v.users() == app.visibleUsers()) {
            return v;
        }
        List<Member> members;
        if (app.kind() != AppKind.APP) {
            members = d.members();
        } else {
            Set<Long> depts = visibleDepartmentIds(app);
            Set<String> users = new java.util.HashSet<>(app.visibleUsers());
            members = new ArrayList<>();
            for (Member m : d.members()) {
                if (users.contains(m.userid()) || m.departments().stream().anyMatch(depts::contains)) {
                    members.add(m);
                }
            }
        }
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            rank.putIfAbsent(members.get(i).userid(), i);
        }
        v = new Visible(d, app.visibleDepartments(), app.visibleUsers(), List.copyOf(members), rank);
        visible.put(app.kind(), v);
        return v;
    }
}
