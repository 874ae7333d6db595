package io.qike.crm.integration.web;

import io.qike.crm.integration.AuthScheme;
import io.qike.crm.integration.BodyType;
import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.FlowNode;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.ParamType;
import java.util.List;
import org.springframework.ui.Model;

/** The fixed choices the integration pages offer; labels come from the bundle by prefix + value. */
final class Options {
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private Options() {
    }

    static void addTo(Model model) {
        model.addAttribute("authSchemes", AuthScheme.values());
        model.addAttribute("methods", METHODS);
        model.addAttribute("bodyTypes", BodyType.values());
        model.addAttribute("paramTypes", ParamType.values());
        model.addAttribute("fieldTypes", ResultFieldType.values());
        model.addAttribute("operators", FlowNode.Operator.values());
        model.addAttribute("statuses", FlowStatus.values());
        model.addAttribute("permissions", io.qike.crm.platform.Permission.values());
    }

    /** "0, 300000" → ["0", "300000"]; commas of either width and spaces separate. */
    static List<String> codes(String text) {
        if (text == null || text.isBlank()) return List.of();
        return java.util.Arrays.stream(text.split("[,，\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
