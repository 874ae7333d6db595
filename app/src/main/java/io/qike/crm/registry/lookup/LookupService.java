package io.qike.crm.registry.lookup;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.registry.LookupOutcome;
import io.qike.crm.registry.LookupStatus;
import io.qike.crm.registry.RegistryCompany;
import io.qike.crm.registry.RegistryLookup;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistrySearch;
import io.qike.crm.registry.RegistrySettings;
import io.qike.crm.registry.mapping.CardFields;
import io.qike.crm.registry.mapping.CardMapper;
import io.qike.crm.registry.store.CurrentSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The cost-controlled lookups. Cache keys: {@code s:<keyword>} for a search's first page, {@code s:<keyword>#<page>} for
 * its later pages, {@code d:c:<credit code>}
 * and {@code d:n:<name>} for details; a found company is kept under its credit code and its current
 * name as well as under the keyword asked, so asking by name and later by code costs one call.
 */
@Component
class LookupService implements RegistryLookup {
    static final String SEARCH = "search", DETAIL = "detail";
    private final CurrentSettings settings;
    private final LookupCache cache;
    private final ProviderChain chain;
    private final HitCounter hits;
    private final CardFields cardFields;
    private final SingleFlight flight = new SingleFlight();
    private final Clock clock = Clock.systemUTC();

    LookupService(CurrentSettings settings, LookupCache cache, ProviderChain chain, HitCounter hits, CardFields cardFields) {
        this.settings = settings;
        this.cache = cache;
        this.chain = chain;
        this.hits = hits;
        this.cardFields = cardFields;
    }

    @Override
    public RegistrySearch search(String keyword, int page) {
        RegistrySettings s = settings.get();
        String k = Keywords.check(keyword);
        int p = Math.max(page, 1);
        if (s.order().isEmpty()) return new RegistrySearch(disabled(), List.of());
        long tenant = TenantContext.currentTenantId();
        String key = p == 1 ? "s:" + k : "s:" + k + "#" + p;
        Optional<CachedAnswer> known = cached(tenant, key, a -> true).or(() -> p == 1 ? emptyPrefix(tenant, k) : Optional.empty());
        if (known.isPresent()) return search(hit(tenant, known.get(), SEARCH), known.get(), p);
        SingleFlight.Flight<Fetched> f = flight.run(tenant + "|" + key, () -> fetch(tenant, s, p, key, k, null,
                Duration.ofMinutes(s.searchTtlMinutes())));
        return search(outcome(tenant, f, SEARCH), f.value().answer(), p);
    }

    @Override
    public boolean detailCached(String keyword) {
        if (settings.get().order().isEmpty()) return false;
        String k;
        try {
            k = Keywords.check(keyword);
        } catch (RuntimeException e) {
            return true; // no provider is asked for a keyword it could not take
        }
        String code = Keywords.creditCode(k);
        return cached(TenantContext.currentTenantId(), code != null ? "d:c:" + code : "d:n:" + k, a -> true).isPresent();
    }

    @Override
    public RegistryCompany detail(String keyword) {
        return detail(keyword, null);
    }

    @Override
    public RegistryCompany detail(String keyword, Instant fetchedAfter) {
        RegistrySettings s = settings.get();
        String k = Keywords.check(keyword);
        if (s.order().isEmpty()) return new RegistryCompany(disabled(), Map.of(), null, Map.of());
        long tenant = TenantContext.currentTenantId();
        String code = Keywords.creditCode(k);
        String key = code != null ? "d:c:" + code : "d:n:" + k;
        Predicate<CachedAnswer> fresh = a -> fetchedAfter == null || a.fetchedAt().isAfter(fetchedAfter);
        Optional<CachedAnswer> known = cached(tenant, key, fresh);
        if (known.isPresent()) return company(s, hit(tenant, known.get(), DETAIL), known.get());
        SingleFlight.Flight<Fetched> f = flight.run(tenant + "|" + key + "|" + fetchedAfter,
                () -> fetch(tenant, s, 0, key, k, fresh, Duration.ofMinutes(s.detailTtlMinutes())));
        return company(s, outcome(tenant, f, DETAIL), f.value().answer());
    }

    /** A provider answer, or the cache's when another caller filled it meanwhile. */
    private record Fetched(CachedAnswer answer, boolean fromCache, RegistryMessage fallbackNote) {
    }

    /** {@code page}: of a search, from 1; 0 for a detail. */
    private Fetched fetch(long tenant, RegistrySettings s, int page, String key, String keyword, Predicate<CachedAnswer> fresh,
                          Duration ttl) {
        boolean search = page > 0;
        Optional<CachedAnswer> known = cached(tenant, key, fresh == null ? a -> true : fresh);
        if (known.isPresent()) return new Fetched(known.get(), true, null);
        ProviderChain.Result r = chain.ask(tenant, s, search, keyword, page);
        CachedAnswer a = CachedAnswer.of(r.attempt(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        if (a.keep()) {
            Instant until = a.fetchedAt().plus(a.status() == LookupStatus.FOUND ? ttl : Duration.ofMinutes(s.searchTtlMinutes()));
            cache.put(tenant, key, a, until);
            if (!search && a.status() == LookupStatus.FOUND) alsoUnder(tenant, a, until);
        }
        return new Fetched(a, false, r.fallbackNote());
    }

    /** The company's credit code and current name find it too. */
    private void alsoUnder(long tenant, CachedAnswer a, Instant until) {
        String code = Keywords.creditCode(String.valueOf(a.outputs().getOrDefault("creditCode", "")));
        if (code != null) cache.put(tenant, "d:c:" + code, a, until);
        Object name = a.outputs().get("name");
        if (name instanceof String n && !n.isBlank()) {
            try {
                cache.put(tenant, "d:n:" + Keywords.check(n), a, until);
            } catch (RuntimeException ignored) {
                // a name no lookup could use as a keyword: nothing to key
            }
        }
    }

    private Optional<CachedAnswer> cached(long tenant, String key, Predicate<CachedAnswer> fresh) {
        return cache.get(tenant, key).map(e -> (CachedAnswer) e.value()).filter(fresh);
    }

    /** A shorter keyword that already found nothing proves this one finds nothing either (see {@link Keywords}). */
    private Optional<CachedAnswer> emptyPrefix(long tenant, String k) {
        if (!Keywords.provesEmptyExtensions(k)) return Optional.empty();
        for (int end = k.length() - 1; end >= Keywords.MIN; end--) {
            String prefix = k.substring(0, end).strip();
            if (prefix.length() < Keywords.MIN || !Keywords.provesEmptyExtensions(prefix)) continue;
            Optional<CachedAnswer> a = cached(tenant, "s:" + prefix, x -> x.status() == LookupStatus.NOT_FOUND);
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    private LookupOutcome hit(long tenant, CachedAnswer a, String kind) {
        hits.hit(tenant, a.provider(), kind);
        return a.outcome(true, null);
    }

    /** Callers that only waited for another's call were answered without one: they count as cache hits. */
    private LookupOutcome outcome(long tenant, SingleFlight.Flight<Fetched> f, String kind) {
        Fetched x = f.value();
        if (x.fromCache() || f.shared()) return hit(tenant, x.answer(), kind);
        return x.answer().outcome(false, x.fallbackNote());
    }

    private static RegistrySearch search(LookupOutcome o, CachedAnswer a, int page) {
        if (!o.found()) return new RegistrySearch(o, List.of(), 0, page);
        return new RegistrySearch(o, Candidates.of(a.outputs()), Candidates.total(a.outputs()), page);
    }

    private RegistryCompany company(RegistrySettings s, LookupOutcome o, CachedAnswer a) {
        if (!o.found()) return new RegistryCompany(o, Map.of(), null, Map.of());
        Map<String, Object> fields = new LinkedHashMap<>(a.outputs());
        Object raw = fields.remove("raw");
        RegistrySettings.Source src = s.source(a.provider());
        Map<String, String> card = CardMapper.card(a.outputs(), src == null ? List.of() : src.mappings(), cardFields.cached());
        @SuppressWarnings("unchecked")
        Map<String, Object> rawMap = raw instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        return new RegistryCompany(o, fields, rawMap, card);
    }

    private static LookupOutcome disabled() {
        return new LookupOutcome(LookupStatus.DISABLED, null, false, null, RegistryMessage.of("registry.lookup.disabled"), null);
    }
}
