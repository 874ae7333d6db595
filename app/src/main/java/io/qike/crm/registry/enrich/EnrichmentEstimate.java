package io.qike.crm.registry.enrich;

import java.math.BigDecimal;

/**
 * What a 工商批量补全 will cost, shown before the user confirms it.
 *
 * @param customers     the chosen customers the user may see
 * @param withData      of those, the ones that already have registry data (skipped, no call)
 * @param cached        of the rest, those whose lookup the cache answers (no call)
 * @param paidCalls     the provider calls expected: at least one per remaining customer (a name that is not a
 *                      registry name exactly may cost a search as well)
 * @param costPerCall   the price of one call on the primary provider's connection; null when none is set
 * @param estimatedCost {@code paidCalls × costPerCall}; null when the price is unknown
 */
public record EnrichmentEstimate(int customers, int withData, int cached, int paidCalls, BigDecimal costPerCall,
                                 BigDecimal estimatedCost) {
}
