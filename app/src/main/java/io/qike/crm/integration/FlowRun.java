package io.qike.crm.integration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A run log entry (运行日志) of an action flow or an interface test call. {@code nodes}, inputs and
 * outputs are filled when one run is fetched, not in search results.
 */
public record FlowRun(long id, String kind, String flowApiName, Integer flowVersion, FlowStatus status, String code,
                      String message, OffsetDateTime startedAt, long durationMs, String userName,
                      Map<String, Object> inputs, Map<String, Object> outputs, List<NodeTrace> nodes, String error) {
}
