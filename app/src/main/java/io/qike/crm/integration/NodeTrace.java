package io.qike.crm.integration;

import java.util.Map;

/** What one node did in a run: timing, the call for CALL nodes, the values set, where a branch went. */
public record NodeTrace(String nodeId, String type, FlowStatus status, long startMs, long durationMs, CallResult call,
                        Map<String, Object> values, String next, String error) {
}
