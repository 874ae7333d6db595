package io.qike.crm.integration;

import io.qike.crm.integration.store.FlowRepository;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * 调用动作流 by a user or an API token: the caller needs the flow's own invoke permission (administrators of the
 * integration centre always may). Modules that run flows on a user's behalf call {@link ActionFlows} directly
 * and check their own permission first (工商查询 {@code registry:lookup}, 关系挖掘 {@code intel:mine}).
 */
@Service
public class FlowInvocations {
    private final FlowRepository flows;
    private final ActionFlows engine;

    FlowInvocations(FlowRepository flows, ActionFlows engine) {
        this.flows = flows;
        this.engine = engine;
    }

    /** As {@link ActionFlows#invoke}, after checking that the signed-in user may invoke this flow. */
    public FlowResult invoke(String apiName, Map<String, Object> inputs) {
        ActionFlow flow = flows.findByApiName(apiName).orElseThrow(() -> new NotFoundException("action_flow", apiName));
        if (!mayInvoke(CurrentUser.require(), flow)) throw new AccessDeniedException("invoke " + apiName);
        return engine.invoke(apiName, inputs);
    }

    static boolean mayInvoke(QikeUser me, ActionFlow flow) {
        return me.can(Permission.ADMIN_INTEGRATION) || me.can(flow.invokePermission());
    }
}
