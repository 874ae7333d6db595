package io.qike.crm.customer;

import io.qike.crm.customfield.CustomFieldCondition;
import io.qike.crm.customfield.CustomFieldDefinition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.CustomValueUses;
import io.qike.crm.platform.CustomPlans;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Like;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer rows. Tenant isolation comes from row-level security; data scope is added by the caller's
 * {@link VisibleOwners}. Owners' names come from the platform's {@link RecordOwners}, one lookup per page
 * (also kept the planner from driving a keyword search from the user table one owner at a time).
 */
@Repository
class CustomerRepository implements CustomValueUses {
    /** The columns a {@link Customer} shows: not the raw registry payload, nor the search columns. */
    static final String SELECT = """
            select c.id, c.name, c.credit_code, c.legal_representative, c.registered_capital, c.capital_currency,
                   c.established_on, c.registration_status, c.address, c.region, c.industry, c.business_scope, c.phone,
                   c.email, c.website, c.owner_id, c.department_id, c.source, c.level, c.tags, c.registry_provider,
                   c.registry_fetched_at, c.created_at, c.updated_at, c.version, c.last_followed_at, c.custom::text as custom_json,
                   c.latitude, c.longitude, c.location_address
            from customer c""";
    /**
     * How common a keyword's rarest bigram must be for the walk to go first. A page of 20 takes about
     * 20 / frequency index entries (0.3-1 µs each, the name test included: 4,000 at 0.5 %); the bigram index hands
     * over frequency × customers entries (about 1 µs each in the tenant-first index) before the first match can be
     * used: 14,900 for 发展 (2.4 %) at 600,000 customers, 25-38 ms, where the walk found its page after 850.
     */
    static final double WALK_FREQUENCY = 0.005;
    /** How common a keyword must be for its exact capped total to be counted by walking on (1,001 / 3 % ≈ 33,000 read). */
    static final double EXACT_WALK_FREQUENCY = 0.03;
    /** The most customers one walk reads (about 40 ms); beyond it the bigram index answers. */
    static final int WALK_SCAN = 100_000;
    private static final Map<String, String> SORTS = Map.of("id", "c.id", "name", "c.name", "createdAt", "c.created_at",
            "updatedAt", "c.updated_at", "establishedOn", "c.established_on", "registeredCapital", "c.registered_capital",
            "lastFollowedAt", "c.last_followed_at");
    private final JdbcClient jdbc;
    private final CustomFields customFields;

    private final NameBigramStatistics bigrams;
    private final CustomPlans customPlans;
    private final RecordOwners owners;
    private final EnterpriseTime time;

    CustomerRepository(JdbcClient jdbc, CustomFields customFields, NameBigramStatistics bigrams, CustomPlans customPlans,
                       RecordOwners owners, EnterpriseTime time) {
        this.jdbc = jdbc;
        this.time = time;
        this.owners = owners;
        this.customPlans = customPlans;
        this.customFields = customFields;
        this.bigrams = bigrams;
    }

    long insert(CustomerValues v, Long departmentId, long createdBy) {
        return jdbc.sql("""
                insert into customer(name, name_norm, credit_code, legal_representative, registered_capital, capital_currency,
                  established_on, registration_status, address, region, industry, business_scope, phone, email, website,
                  owner_id, department_id, source, level, tags, custom, created_by, latitude, longitude, location_address)
                values (:name, :nameNorm, :creditCode, :legalRepresentative, :registeredCapital, :capitalCurrency,
                  :establishedOn, :registrationStatus, :address, :region, :industry, :businessScope, :phone, :email, :website,
                  :ownerId, :departmentId, :source, :level, :tags, cast(:customJson as jsonb), :createdBy, :latitude, :longitude,
                  :locationAddress) returning id""")
                .params(params(v)).param("departmentId", departmentId).param("createdBy", createdBy).query(Long.class).single();
    }

    void update(long id, CustomerValues v, Long departmentId) {
        jdbc.sql("""
                update customer set name = :name, name_norm = :nameNorm, credit_code = :creditCode,
                  legal_representative = :legalRepresentative, registered_capital = :registeredCapital,
                  capital_currency = :capitalCurrency, established_on = :establishedOn, registration_status = :registrationStatus,
                  address = :address, region = :region, industry = :industry, business_scope = :businessScope, phone = :phone,
                  email = :email, website = :website, owner_id = :ownerId, department_id = :departmentId, source = :source,
                  level = :level, tags = :tags, custom = cast(:customJson as jsonb), latitude = :latitude, longitude = :longitude,
                  location_address = :locationAddress, updated_at = now(), version = version + 1
                where id = :id""")
                .params(params(v)).param("departmentId", departmentId).param("id", id).update();
    }

    private static Map<String, Object> params(CustomerValues v) {
        Map<String, Object> m = new HashMap<>();
        for (java.lang.reflect.RecordComponent c : CustomerValues.class.getRecordComponents()) {
            try {
                m.put(c.getName(), c.getAccessor().invoke(v));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        m.put("tags", v.tags().toArray(String[]::new));
        return m;
    }

    void recordRegistryData(long id, String provider, String payloadJson, OffsetDateTime fetchedAt) {
        jdbc.sql("update customer set registry_provider = ?, registry_payload = cast(? as jsonb), registry_fetched_at = ? where id = ?")
                .params(provider, payloadJson, fetchedAt, id).update();
    }

    /** 合并客户: the survivor takes the registry record (工商信息) of the merged customer. */
    void copyRegistryData(long from, long into) {
        jdbc.sql("""
                update customer s set registry_provider = m.registry_provider, registry_payload = m.registry_payload,
                  registry_fetched_at = m.registry_fetched_at from customer m where m.id = ? and s.id = ?""").params(from, into).update();
    }

    String registryPayload(long id) {
        return jdbc.sql("select registry_payload::text from customer where id = ?").param(id).query(String.class).optional().orElse(null);
    }

    void delete(long id) {
        jdbc.sql("delete from customer where id = ?").param(id).update();
    }

    Optional<Customer> find(long id, VisibleOwners visible) {
        return jdbc.sql(SELECT + " where c.id = :id and " + visible.sqlCondition("c.owner_id"))
                .param("id", id).params(visible.parameters()).query(this::map).optional()
                .map(c -> c.withOwnerName(owners.names(List.of(c.ownerId())).get(c.ownerId())));
    }

    /**
     * The visible customers with a location inside the box around ({@code lat}, {@code lng}), nearest first, with their
     * distance in metres (haversine on a 6,371 km sphere). The box uses the location index; the distance only orders
     * the few candidates inside it.
     */
    List<NearbyCustomer> near(double lat, double lng, double boxDegreesLat, double boxDegreesLng, VisibleOwners visible, int limit) {
        return jdbc.sql("""
                select id, name, location_address, address, latitude, longitude, distance from (
                  select c.id, c.name, c.location_address, c.address, c.latitude, c.longitude,
                         2 * 6371000 * asin(sqrt(power(sin(radians(c.latitude - :lat) / 2), 2)
                           + cos(radians(:lat)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - :lng) / 2), 2))) as distance
                  from customer c
                  where c.latitude between :latMin and :latMax and c.longitude between :lngMin and :lngMax and\s""" + visible.sqlCondition("c.owner_id") + """
                \s) n order by distance, id limit :limit""")
                .params(visible.parameters()).param("lat", lat).param("lng", lng)
                .param("latMin", lat - boxDegreesLat).param("latMax", lat + boxDegreesLat)
                .param("lngMin", lng - boxDegreesLng).param("lngMax", lng + boxDegreesLng).param("limit", limit)
                .query((rs, i) -> new NearbyCustomer(rs.getLong("id"), rs.getString("name"),
                        rs.getString("location_address") != null ? rs.getString("location_address") : rs.getString("address"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"), Math.round(rs.getDouble("distance")))).list();
    }

    Map<Long, String> names(java.util.Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from customer where id = any(?)").param(ids.stream().distinct().toArray(Long[]::new))
                .query(rs -> { names.put(rs.getLong(1), rs.getString(2)); });
        return names;
    }

    boolean isVisible(long id, VisibleOwners visible) {
        return jdbc.sql("select count(*) from customer c where c.id = :id and " + visible.sqlCondition("c.owner_id"))
                .param("id", id).params(visible.parameters()).query(Integer.class).single() > 0;
    }

    Long[] idsOwnedBy(VisibleOwners visible) {
        return jdbc.sql("select c.id from customer c where " + visible.sqlCondition("c.owner_id")).params(visible.parameters())
                .query(Long.class).list().toArray(Long[]::new);
    }

    /** Whether another customer holds this unique custom field value. */
    @Override
    public CustomObject object() {
        return CustomObject.CUSTOMER;
    }

    /** Records of the enterprise holding the value, whoever can see them (a custom field's option still in use). */
    @Override
    public long count(CustomFieldCondition condition) {
        return jdbc.sql("select count(*) from customer c where " + condition.sqlCondition("c.custom"))
                .params(condition.parameters()).query(Long.class).single();
    }

    boolean customValueTaken(CustomFieldCondition condition, Long selfId) {
        return jdbc.sql("select count(*) from customer c where " + condition.sqlCondition("c.custom") + " and c.id <> coalesce(:self, -1)")
                .params(condition.parameters()).param("self", selfId).query(Integer.class).single() > 0;
    }

    private List<Customer> withOwnerNames(List<Customer> customers) {
        if (customers.isEmpty()) return customers;
        Map<Long, String> names = owners.names(customers.stream().map(Customer::ownerId).toList());
        return customers.stream().map(c -> c.withOwnerName(names.get(c.ownerId()))).toList();
    }

    /**
     * One page and the total (exact up to the cap). The page is chosen on ids alone and only its rows
     * are read in full: reading every match's wide row to sort them cost far more than the search.
     */
    @Transactional(readOnly = true)
    CustomerPage search(CustomerQuery query, VisibleOwners visible) {
        customPlans.forThisTransaction();
        boolean keywordById = query.q() != null && !query.q().isBlank() && (query.sort() == null || "id".equals(query.sort()));
        if (!keywordById) return search(query, visible, false, null);
        boolean noFilters = query.filters().values().stream().allMatch(v -> v == null || v.isBlank());
        int wanted = query.page() * query.size() + query.size();
        // A credit-code prefix or phone suffix shared by more customers than the cap makes the result
        // capped whatever the name matches: its index counts that without reading any customer row.
        if (noFilters && columnConditionOverCap(query.q(), visible)) {
            return search(query, visible, true, (long) CustomerPage.TOTAL_CAP + 1);
        }
        // A keyword in more than one name in WALK_FREQUENCY: walking the newest finds the page sooner than the
        // bigram index hands over its matches (科技 is in one name of seven, 北京 in one of thirty).
        double frequency = bigrams.frequency(bigrams.rarest(NameBigrams.of(query.q())));
        if (noFilters && frequency >= WALK_FREQUENCY) {
            Walk walk = walk(query, visible, wanted);
            if (walk != null && walk.ids().size() < wanted) return pageOf(query, walk.ids(), walk.ids().size()); // every match seen
            if (walk != null) return pageOf(query, walk.ids(), walkedTotal(query, visible, frequency));
        }
        // The matches through the indexes, capped. Up to the cap they are all known, so the page is cut
        // from them here. More than the cap: the keyword is common enough that a walk fills the page soon.
        List<Long> ids = matchingIds(query, visible);
        if (ids.size() > CustomerPage.TOTAL_CAP) {
            Walk walk = noFilters ? walk(query, visible, wanted) : null;
            return walk != null ? pageOf(query, walk.ids(), ids.size()) : search(query, visible, true, (long) ids.size());
        }
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(query.descending() ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
        return pageOf(query, sorted, ids.size());
    }

    /** The page of {@code ordered} (ids in the order asked for, from the first match) and the total. */
    private CustomerPage pageOf(CustomerQuery query, List<Long> ordered, long total) {
        int from = Math.min(query.page() * query.size(), ordered.size());
        List<Long> page = ordered.subList(from, Math.min(from + query.size(), ordered.size()));
        List<Customer> items = page.isEmpty() ? List.of()
                : jdbc.sql(SELECT + " where c.id = any(:ids) order by c.id" + (query.descending() ? " desc" : " asc"))
                .param("ids", page.toArray(Long[]::new)).query(this::map).list();
        return new CustomerPage(withOwnerNames(items), Math.min(total, CustomerPage.TOTAL_CAP), total > CustomerPage.TOTAL_CAP,
                query.page(), query.size());
    }

    /**
     * The exact total, up to the cap, for a page found by walking, counted the cheaper way: walking on (about 1,001 /
     * frequency customers) or through the bigram index (about frequency × the enterprise's customers, as ANALYZE
     * estimates them). One person's customers are few, so they are walked; a team's number is not known, so
     * a keyword common enough for the walk to end soon (EXACT_WALK_FREQUENCY) is walked and any other one counted
     * through the index. A walk that reads its limit without reaching the cap hands over to the index.
     */
    private long walkedTotal(CustomerQuery query, VisibleOwners visible, double frequency) {
        boolean walkOn;
        if (!visible.everyone() && visible.ownerIds().length == 1) {
            walkOn = true;
        } else {
            long customers = visible.everyone() ? bigrams.customersOf(io.qike.crm.platform.TenantContext.currentTenantId()) : -1;
            walkOn = customers > 0 ? (CustomerPage.TOTAL_CAP + 1) / frequency <= frequency * customers : frequency >= EXACT_WALK_FREQUENCY;
        }
        if (walkOn) {
            Walk all = walk(query, visible, CustomerPage.TOTAL_CAP + 1);
            if (all != null) return all.ids().size();
        }
        return count(query, visible);
    }

    /** The first matches of a walk, in the order asked for. */
    private record Walk(List<Long> ids) {
    }

    /**
     * The first {@code limit} matches in id order, found by walking the visible customers in that order
     * through the index that carries their name, credit code and phone (V64: no table rows are read).
     * The walk reads at most {@link #WALK_SCAN} customers; null when that was not enough (the statistics
     * promised a common keyword that is not), so the caller takes the bigram index instead.
     */
    private Walk walk(CustomerQuery query, VisibleOwners visible, int limit) {
        Map<String, Object> params = new HashMap<>(visible.parameters());
        StringBuilder keyword = new StringBuilder(" where true");
        CustomerKeyword.append(query.q(), true, null, keyword, params);
        String direction = query.descending() ? " desc" : " asc";
        String newest = "select c.id, c.owner_id, c.name_search, c.credit_code, c.phone_rev from customer c where "
                + visible.sqlCondition("c.owner_id") + " order by c.id" + direction + " limit :scan";
        List<Long> ids = jdbc.sql("select c.id from (" + newest + ") c" + keyword + " order by c.id" + direction + " limit :limit")
                .params(params).param("scan", WALK_SCAN).param("limit", limit).query(Long.class).list();
        if (ids.size() >= limit) return new Walk(ids);
        // Fewer than asked for: the answer is complete only if the walk saw every visible customer.
        long visibleCount = jdbc.sql("select count(*) from (select 1 from customer c where " + visible.sqlCondition("c.owner_id")
                        + " limit :scan) x").params(visible.parameters()).param("scan", WALK_SCAN).query(Long.class).single();
        return visibleCount < WALK_SCAN ? new Walk(ids) : null;
    }

    /**
     * {@code walk}: find the page by walking the customers in id order, see {@link CustomerKeyword};
     * {@code knownTotal}: the capped count if it was already taken.
     */
    CustomerPage search(CustomerQuery query, VisibleOwners visible, boolean walk, Long knownTotal) {
        String sort = query.sort() == null || !SORTS.containsKey(query.sort()) ? "id" : query.sort();
        // 最后跟进: never followed up comes last among the newest and first among the oldest, as its index is ordered.
        String order = "lastFollowedAt".equals(sort)
                ? SORTS.get(sort) + (query.descending() ? " desc nulls last, c.id desc" : " asc nulls first, c.id asc")
                : SORTS.get(sort) + (query.descending() ? " desc" : " asc") + ", c.id desc";
        Map<String, Object> params = new HashMap<>(visible.parameters());
        String pageWhere = where(query, visible, walk, params);
        // A keyword found through its indexes must not be found by walking the id index instead, in the
        // hope of meeting 20 matches early (the planner's estimates for prefixes of clustered credit codes
        // are far too high, and such a walk reads the whole table): ordering by an expression prevents it.
        String pageOrder = !walk && query.q() != null && "id".equals(sort)
                ? "(c.id + 0)" + (query.descending() ? " desc" : " asc") + ", c.id desc" : order;
        List<Customer> items = jdbc.sql("with page as materialized (select c.id from customer c" + pageWhere + " order by " + pageOrder
                        + " limit :limit offset :offset) " + SELECT + " join page p on p.id = c.id order by " + order)
                .params(params).param("limit", query.size()).param("offset", query.page() * query.size()).query(this::map).list();
        items = withOwnerNames(items);
        long total = knownTotal != null ? knownTotal
                : items.size() < query.size() && query.page() == 0 ? items.size() : count(query, visible);
        boolean capped = total > CustomerPage.TOTAL_CAP;
        return new CustomerPage(items, Math.min(total, CustomerPage.TOTAL_CAP), capped, query.page(), query.size());
    }

    /** The ids of the matches, up to one more than the cap, in no particular order. */
    private List<Long> matchingIds(CustomerQuery query, VisibleOwners visible) {
        Map<String, Object> params = new HashMap<>(visible.parameters());
        return jdbc.sql("select c.id from customer c" + where(query, visible, false, params) + " limit " + (CustomerPage.TOTAL_CAP + 1))
                .params(params).query(Long.class).list();
    }

    private boolean columnConditionOverCap(String keyword, VisibleOwners visible) {
        Map<String, Object> params = new HashMap<>(visible.parameters());
        for (String condition : CustomerKeyword.columnConditions(keyword, false, params)) {
            if (cappedCount(" where " + visible.sqlCondition("c.owner_id") + " and " + condition, params) > CustomerPage.TOTAL_CAP) return true;
        }
        return false;
    }

    /** Matches up to one more than the cap. */
    private long count(CustomerQuery query, VisibleOwners visible) {
        Map<String, Object> params = new HashMap<>(visible.parameters());
        return cappedCount(where(query, visible, false, params), params);
    }

    /** The customers matching {@code where}, counted up to one more than the cap. */
    private long cappedCount(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from (select 1 from customer c" + where + " limit " + (CustomerPage.TOTAL_CAP + 1) + ") x")
                .params(params).query(Long.class).single();
    }

    private String where(CustomerQuery query, VisibleOwners visible, boolean walk, Map<String, Object> params) {
        boolean team = !visible.everyone() && visible.ownerIds().length > 1;
        boolean keyword = query.q() != null && !query.q().isBlank();
        // A team's owners (a manager's scope) filter the tenant's matches instead of entering the name index:
        // there each owner is a scan of its own that intersects the whole tenant's entries, and twelve of them
        // took 45-90 ms at 600,000 customers against 13-30 ms for one scan and the filter.
        String owner = team && keyword && !walk ? "(c.owner_id + 0)" : "c.owner_id";
        StringBuilder where = new StringBuilder(" where ").append(visible.sqlCondition(owner));
        String rarest = walk || query.q() == null ? null : bigrams.rarest(NameBigrams.of(query.q()));
        CustomerKeyword.append(query.q(), walk, rarest, where, params);
        appendFilters(query.filters(), where, params);
        return where.toString();
    }

    private void appendFilters(Map<String, String> filters, StringBuilder where, Map<String, Object> params) {
        List<CustomFieldDefinition> defs = null;
        int n = 0;
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String value = f.getValue();
            if (value == null || value.isBlank()) continue;
            String p = "f" + (n++);
            switch (f.getKey()) {
                case "ownerId" -> { where.append(" and c.owner_id = :").append(p); params.put(p, Long.parseLong(value.trim())); }
                case "level", "source" -> { where.append(" and c.").append(f.getKey()).append(" = :").append(p); params.put(p, value); }
                case "registrationStatus" -> { where.append(" and c.registration_status = :").append(p); params.put(p, value); }
                case "region", "industry" -> {
                    where.append(" and c.").append(f.getKey()).append(" ilike :").append(p);
                    params.put(p, "%" + Like.escape(value) + "%");
                }
                case "tag" -> { where.append(" and :").append(p).append(" = any(c.tags)"); params.put(p, value); }
                case CustomerQuery.OWNERS_IN -> {
                    where.append(" and c.owner_id = any(:").append(p).append(")");
                    params.put(p, java.util.Arrays.stream(value.split(",")).map(Long::valueOf).toArray(Long[]::new));
                }
                case "createdFrom", "lastFollowedFrom" -> { // days of the enterprise's calendar
                    where.append(" and ").append(dateColumn(f.getKey())).append(" >= :").append(p);
                    params.put(p, time.startOf(LocalDate.parse(value.trim())));
                }
                case "createdTo", "lastFollowedTo" -> { // the whole last day
                    where.append(" and ").append(dateColumn(f.getKey())).append(" < :").append(p);
                    params.put(p, time.startOf(LocalDate.parse(value.trim()).plusDays(1)));
                }
                default -> {
                    if (!f.getKey().startsWith("custom.")) continue;
                    if (defs == null) defs = customFields.definitions(io.qike.crm.customfield.CustomObject.CUSTOMER);
                    String code = f.getKey().substring(7);
                    defs.stream().filter(d -> d.code().equals(code)).findFirst().ifPresent(d -> {
                        CustomFieldCondition condition = customFields.filter(d, p, value);
                        where.append(" and ").append(condition.sqlCondition("c.custom"));
                        params.putAll(condition.parameters());
                    });
                }
            }
        }
    }

    private static String dateColumn(String filter) {
        return filter.startsWith("created") ? "c.created_at" : "c.last_followed_at";
    }

    private Customer map(ResultSet rs, int row) throws SQLException {
        java.sql.Array tags = rs.getArray("tags");
        return new Customer(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                rs.getString("legal_representative"), rs.getBigDecimal("registered_capital"), rs.getString("capital_currency"),
                rs.getObject("established_on", LocalDate.class), rs.getString("registration_status"), rs.getString("address"),
                rs.getString("region"), rs.getString("industry"), rs.getString("business_scope"), rs.getString("phone"),
                rs.getString("email"), rs.getString("website"), rs.getLong("owner_id"), null,
                rs.getObject("department_id", Long.class), rs.getString("source"), rs.getString("level"),
                tags == null ? List.of() : new ArrayList<>(List.of((String[]) tags.getArray())),
                rs.getString("registry_provider"), rs.getObject("registry_fetched_at", OffsetDateTime.class),
                customFields.read(rs.getString("custom_json")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getObject("last_followed_at", OffsetDateTime.class), rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), rs.getString("location_address"));
    }
}
