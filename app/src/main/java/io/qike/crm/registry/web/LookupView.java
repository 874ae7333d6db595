package io.qike.crm.registry.web;

import io.qike.crm.dedup.DuplicateCandidate;
import io.qike.crm.registry.LookupOutcome;
import io.qike.crm.registry.RegistryCandidate;
import io.qike.crm.registry.RegistryMessages;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lookup as the API answers it: the outcome with its messages in the caller's language, then the
 * candidates (search) or the fields and mapped customer card (detail), and for a detail the customer
 * the tenant already has with that credit code, if any.
 */
record LookupView(String status, String provider, boolean cached, Instant fetchedAt, String message, String fallback,
                  List<RegistryCandidate> candidates, Map<String, Object> fields, Map<String, String> card,
                  DuplicateCandidate existingCustomer, Long total, Integer page) {

    static LookupView of(LookupOutcome o, RegistryMessages m) {
        return new LookupView(o.status().name(), o.provider() == null ? null : o.provider().code(), o.cached(), o.fetchedAt(),
                m.text(o.message()), m.text(o.fallback()), null, null, null, null, null, null);
    }

    /** A search page: its hits, the provider's total for the whole search and the page (from 1). */
    LookupView withCandidates(List<RegistryCandidate> list, long total, int page) {
        return new LookupView(status, provider, cached, fetchedAt, message, fallback, list, null, null, null, total, page);
    }

    LookupView withCompany(Map<String, Object> f, Map<String, String> c, DuplicateCandidate existing) {
        return new LookupView(status, provider, cached, fetchedAt, message, fallback, null, f, c, existing, null, null);
    }
}
