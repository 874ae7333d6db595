package io.qike.crm.intel.provider;

import io.qike.crm.integration.ActionFlows;
import io.qike.crm.integration.FlowResult;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.registry.CodeKind;
import io.qike.crm.registry.ProviderCodes;
import io.qike.crm.registry.ProviderFailure;
import io.qike.crm.registry.RegistryProvider;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls intel's two action flows on the shared 企查查 connector and turns every outcome into what Qike does
 * with it: outputs, an empty result (201), or an exception that says whose problem it is.
 */
@Component
public class QichachaFlows {
    /** The shortest name 企查查 accepts (it answers 213 below), shown in the "at least" message. */
    public static final int MIN_NAME = 2;
    /** 客户查询 Customer/GetList, one page. */
    public static final String CUSTOMERS = "intel_customers_of";
    /** 合作关系挖掘 findPartnershipRelation, one call of at most 20 names. */
    public static final String PARTNERSHIPS = "intel_partnerships";
    private static final Logger log = LoggerFactory.getLogger(QichachaFlows.class);
    private final ActionFlows flows;

    QichachaFlows(ActionFlows flows) {
        this.flows = flows;
    }

    /** Whether an administrator has initialised intel's flows in this tenant. */
    public boolean installed() {
        return flows.describe(CUSTOMERS).isPresent() && flows.describe(PARTNERSHIPS).isPresent();
    }

    /**
     * Runs a flow. Empty for 查询无结果; 213 becomes a validation problem on {@code field}; every other
     * refusal a {@link ProviderFailure}.
     *
     * @throws ConflictException {@code intel_not_configured} when the flows were not initialised
     */
    public Optional<Map<String, Object>> invoke(String flow, Map<String, Object> inputs, String field) {
        if (flows.describe(flow).isEmpty()) {
            throw new ConflictException("intel_not_configured", "error.intel_not_configured", Map.of());
        }
        FlowResult r = flows.invoke(flow, inputs);
        switch (r.status()) {
            case SUCCESS -> { return Optional.of(r.outputs()); }
            case EMPTY -> { return Optional.empty(); }
            default -> { }
        }
        if (r.providerCode() == null) {
            throw new ProviderFailure(r.code() == null ? "provider_error" : r.code(), null, null, r.message(), r.runId());
        }
        String code = r.providerCode();
        ProviderCodes.Code known = ProviderCodes.find(RegistryProvider.QICHACHA, code);
        if (known != null && known.kind() == CodeKind.EMPTY) return Optional.empty();
        if (ProviderCodes.QICHACHA_TOO_SHORT.equals(code)) throw new InvalidInputException(FieldProblem.of(field, "too_short", MIN_NAME));
        if (ProviderCodes.QICHACHA_TOO_MANY_COMPANIES.equals(code)) {
            // Plans never name more than 20 companies; if 企查查 says so anyway, the plan or the encoding is broken.
            log.error("企查查 answered 209 (too many companies) to {}; run {}", flow, r.runId());
            throw new ProviderFailure("plan_violation", code, r.providerMessage(), r.message(), r.runId());
        }
        // Busy (retryable) codes are worth asking again after a back-off; every other code is an error with 企查查's message.
        boolean busy = known != null && known.retryable();
        throw new ProviderFailure(busy ? "provider_busy" : "provider_error", code, r.providerMessage(), r.message(), r.runId());
    }
}
