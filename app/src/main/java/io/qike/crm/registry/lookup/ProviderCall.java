package io.qike.crm.registry.lookup;

import io.qike.crm.integration.ActionFlows;
import io.qike.crm.integration.FlowResult;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.registry.CodeKind;
import io.qike.crm.registry.LookupStatus;
import io.qike.crm.registry.ProviderCodes;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.preset.ProviderPresets;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Invokes a bound flow and reads its result in registry terms: the provider's code looked up in its
 * table (what it means, whether another provider could help), the integration centre's own outcomes
 * (circuit open, budget, timeouts) likewise.
 */
@Component
class ProviderCall {
    private static final Set<String> HARD = Set.of("circuit_open", "budget_exhausted", "connection_disabled",
            "interface_missing", "connection_missing", "host_not_allowed");
    private final ActionFlows flows;

    ProviderCall(ActionFlows flows) {
        this.flows = flows;
    }

    ProviderReply call(RegistryProvider p, String flow, String keyword) {
        return call(p, flow, keyword, 0);
    }

    /**
     * A search page (from 1; 0 for a detail). A hand-built flow without the provider's paging input cannot turn pages:
     * it answers the first page only, and later pages are empty instead of repeating it.
     */
    ProviderReply call(RegistryProvider p, String flow, String keyword, int page) {
        Map<String, Object> inputs = new java.util.HashMap<>(Map.of(ProviderPresets.KEYWORD, keyword));
        if (page > 0) {
            String input = ProviderPresets.pageInput(p);
            boolean pages = flows.describe(flow).map(d -> d.inputs().stream().anyMatch(i -> i.name().equals(input))).orElse(false);
            if (pages) inputs.put(input, ProviderPresets.pageValue(p, page));
            else if (page > 1) return new ProviderReply(p, LookupStatus.NOT_FOUND, Map.of(), null, RegistryMessage.of("registry.lookup.no_paging"));
        }
        FlowResult r;
        try {
            r = flows.invoke(flow, inputs);
        } catch (NotFoundException | ConflictException e) {
            return failure(p, CodeKind.HARD, outcome(p, "flow_missing"));
        } catch (InvalidInputException e) {
            return new ProviderReply(p, LookupStatus.INVALID_QUERY, Map.of(), null, RegistryMessage.of("registry.lookup.unsupported"));
        }
        return switch (r.status()) {
            case SUCCESS -> new ProviderReply(p, LookupStatus.FOUND, r.outputs(), null, null);
            case EMPTY -> new ProviderReply(p, LookupStatus.NOT_FOUND, Map.of(), null, codeMessage(p, r.providerCode(), "registry.lookup.not_found"));
            case FAILURE -> failure(p, r);
        };
    }

    private static ProviderReply failure(RegistryProvider p, FlowResult r) {
        if (!"provider_error".equals(r.code())) {
            String code = r.code() == null ? "other" : r.code();
            return failure(p, HARD.contains(code) ? CodeKind.HARD : CodeKind.TRANSIENT, outcome(p, code));
        }
        ProviderCodes.Code known = ProviderCodes.find(p, r.providerCode());
        if (known == null) return failure(p, CodeKind.HARD, RegistryMessage.of("registry.outcome.unknown_code", RegistryMessage.provider(p), r.providerCode()));
        RegistryMessage message = RegistryMessage.of(ProviderCodes.messageKey(p, known.code()));
        return switch (known.kind()) {
            case EMPTY -> new ProviderReply(p, LookupStatus.NOT_FOUND, Map.of(), null, message);
            case SOFT -> new ProviderReply(p, LookupStatus.INVALID_QUERY, Map.of(), null, message);
            case HARD, TRANSIENT -> failure(p, known.kind(), message);
        };
    }

    private static ProviderReply failure(RegistryProvider p, CodeKind kind, RegistryMessage message) {
        return new ProviderReply(p, LookupStatus.UNAVAILABLE, Map.of(), kind, message);
    }

    private static RegistryMessage outcome(RegistryProvider p, String code) {
        String known = Set.of("circuit_open", "budget_exhausted", "connection_disabled", "timeout", "network_error", "http_error",
                "invalid_response", "rate_limited", "concurrency_limited", "flow_missing").contains(code) ? code
                : code.endsWith("_missing") ? "flow_missing" : "other";
        return RegistryMessage.of("registry.outcome." + known, RegistryMessage.provider(p));
    }

    private static RegistryMessage codeMessage(RegistryProvider p, String providerCode, String fallbackKey) {
        return ProviderCodes.find(p, providerCode) != null ? RegistryMessage.of(ProviderCodes.messageKey(p, providerCode))
                : RegistryMessage.of(fallbackKey);
    }
}
