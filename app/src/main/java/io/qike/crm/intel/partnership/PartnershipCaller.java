package io.qike.crm.intel.partnership;

import io.qike.crm.intel.IntelProperties;
import io.qike.crm.intel.plan.PartnershipPlanner;
import io.qike.crm.intel.provider.QichachaFlows;
import io.qike.crm.intel.provider.Values;
import io.qike.crm.registry.ProviderFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One 合作关系挖掘 call: the names joined with ASCII commas (URL-encoded by the integration centre, so 中文, brackets
 * and {@code &} arrive intact). When 企查查 stays busy after the integration centre's own quick retries (205 等待处理中,
 * 120 系统流量异常), or the connection holds calls back for a while (circuit open), the call waits longer and asks
 * again, doubling the wait each time.
 */
@Component
class PartnershipCaller {
    private final QichachaFlows flows;
    private final IntelProperties props;

    PartnershipCaller(QichachaFlows flows, IntelProperties props) {
        this.flows = flows;
        this.props = props;
    }

    CallAnswer call(List<String> names) throws InterruptedException {
        if (names.size() > PartnershipPlanner.MAX_COMPANIES_PER_CALL) {
            throw new IllegalStateException("a call may name at most 20 companies, not " + names.size());
        }
        long wait = props.busyBackoff().toMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                return answer(flows.invoke(QichachaFlows.PARTNERSHIPS, Map.of("companyNames", String.join(",", names)), "companies"));
            } catch (ProviderFailure f) {
                // Busy, or held back by the connection (circuit open, rate limit): worth a longer wait.
                if (!f.retryable() || attempt >= props.busyRetries()) throw f;
                Thread.sleep(wait);
                wait *= 2;
            }
        }
    }

    private static CallAnswer answer(Optional<Map<String, Object>> out) {
        if (out.isEmpty()) return new CallAnswer(null, List.of()); // 201: no relation among these companies
        String requestId = Values.text(out.get().get("requestId"));
        List<Relation> relations = new ArrayList<>();
        if (out.get().get("relations") instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) continue;
                String a = Values.text(m.get("companyName")), b = Values.text(m.get("relatedCompanyName"));
                if (a == null || b == null) continue;
                relations.add(new Relation(a, b, Values.decimal(m.get("amount")), Values.text(m.get("publicDate")), Values.text(m.get("source")), requestId));
            }
        }
        return new CallAnswer(requestId, relations);
    }
}
