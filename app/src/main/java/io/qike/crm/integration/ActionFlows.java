package io.qike.crm.integration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way modules call outside services: invoke an action flow by its API name in the current
 * tenant. This path checks no permission: the calling module checks its own first (工商查询 needs
 * {@code registry:lookup}, 关系挖掘 {@code intel:mine}); users and API tokens invoke through
 * {@link FlowInvocations}, which needs the flow's invoke permission. Configuring flows needs {@code admin:integration}.
 */
@org.springframework.modulith.NamedInterface("flows")
public interface ActionFlows {

    /**
     * Runs the flow and logs the run. A failing outside service is a FAILURE result, never an exception.
     *
     * @throws io.qike.crm.platform.NotFoundException     no flow with that API name in this tenant
     * @throws io.qike.crm.platform.InvalidInputException a required input is missing or has the wrong type
     * @throws io.qike.crm.platform.ConflictException     the flow is disabled ({@code flow_disabled})
     */
    FlowResult invoke(String apiName, Map<String, Object> inputs);

    /** The flow's inputs and output fields, for modules that map its outputs (for example 工商信息 field mapping). */
    Optional<FlowDescription> describe(String apiName);

    /**
     * What one run of the flow costs when its calls succeed: the sum of its calls' connection prices (连接的每次调用费用),
     * for the estimates shown before paid bulk work; empty when no connection of the flow has a price.
     */
    Optional<java.math.BigDecimal> costPerRun(String apiName);

    /** Every flow of the tenant, for pickers in other modules' settings. */
    List<FlowDescription> list();
}
