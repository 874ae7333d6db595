package io.qike.crm.integration;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Calls to one interface over one connection on one day (调用台账): counts, latency and cost. */
public record LedgerRow(LocalDate day, long connectionId, String connectionName, long interfaceId, String interfaceName,
                        long calls, long successes, long empties, long failures, long latencyMsTotal, BigDecimal cost) {
    public long averageLatencyMs() {
        return calls == 0 ? 0 : latencyMsTotal / calls;
    }
}
