package io.qike.crm.intel.partnership;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a run would cost, shown before it starts.
 *
 * @param companies         the companies after trimming and removing repeats
 * @param plannedCalls      calls of the plan (each names at most 20 companies, every two companies share one)
 * @param lowerBound        the Schönheim bound: no plan can do with fewer calls
 * @param naiveCalls        calls of the naive plan (groups of 10, every pair of groups), for comparison
 * @param costPerCall       the price of one call, when known
 * @param estimatedCost     plannedCalls × costPerCall, when known
 * @param needsConfirmation the plan is above {@code qike.intel.confirm-above-calls}: ask before spending
 */
public record PartnershipPreview(List<String> companies, int plannedCalls, int lowerBound, int naiveCalls, String construction,
                                 BigDecimal costPerCall, BigDecimal estimatedCost, boolean needsConfirmation) {
}
