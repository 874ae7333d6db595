package io.qike.crm.registry;

import java.time.Instant;

/**
 * Registry lookups for the current tenant, with cost control: answers are cached per tenant (search
 * and detail TTLs from the settings), a company fetched by name is also found by its credit code,
 * identical concurrent lookups make one provider call, a prefix known to find nothing is not asked
 * again, and the fallback provider answers when the primary one cannot. Used by the registry pages
 * and by other modules (intel, leads) acting for a user they have checked; it checks no function
 * permission itself.
 */
public interface RegistryLookup {

    /**
     * One page (from 1, {@link RegistrySearch#PAGE_SIZE} a page) of the companies matching a name, credit code or
     * registration number, passed to each provider the way its API pages; each page is cached on its own.
     *
     * @throws io.qike.crm.platform.InvalidInputException blank, too short (under 2) or too long keyword
     */
    RegistrySearch search(String keyword, int page);

    /** The first page of {@link #search(String, int)}. */
    default RegistrySearch search(String keyword) {
        return search(keyword, 1);
    }

    /** Whether {@link #detail(String)} for this keyword would be answered from the cache, with no paid call. */
    boolean detailCached(String keyword);

    /** The company with this full (or former) name, credit code or registration number. */
    RegistryCompany detail(String keyword);

    /**
     * Like {@link #detail(String)}, but a cached answer is used only if fetched after {@code fetchedAfter}
     * (刷新工商信息: newer than what the customer already holds, or else a new provider call).
     */
    RegistryCompany detail(String keyword, Instant fetchedAfter);
}
