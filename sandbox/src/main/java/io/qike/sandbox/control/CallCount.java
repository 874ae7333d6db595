package io.qike.sandbox.control;

import java.util.Map;

/**
 * Calls one key made to one endpoint since the last reset.
 *
 * @param calls    every request that reached the simulator, failures included
 * @param billable requests answered with the provider's success code, the ones a real provider charges for
 * @param outcomes request count per outcome: body status code, "http:503" or "malformed:200"
 */
public record CallCount(String provider, String key, String endpoint, long calls, long billable,
                        Map<String, Long> outcomes) {
}
