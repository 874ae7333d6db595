package io.qike.crm.integration;

import java.util.List;

/** What a module needs to know to use a flow: its inputs and the output fields it can map. */
public record FlowDescription(String apiName, String name, boolean enabled, int version, List<InterfaceParam> inputs,
                              List<OutputField> outputs) {
}
