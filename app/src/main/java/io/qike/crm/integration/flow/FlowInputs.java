package io.qike.crm.integration.flow;

import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.integration.values.Dates;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a flow's trigger inputs against their declarations and converts them to their types. */
final class FlowInputs {
    private FlowInputs() {
    }

    static Map<String, Object> check(List<InterfaceParam> declared, Map<String, Object> given) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (InterfaceParam p : declared) {
            Object v = given == null ? null : given.get(p.name());
            if (Expressions.isEmpty(v)) {
                if (p.required()) problems.add(FieldProblem.of("inputs." + p.name(), "required"));
                continue;
            }
            Object typed = switch (p.type()) {
                case STRING -> v instanceof String ? ((String) v).trim() : Expressions.text(v);
                case NUMBER -> Expressions.number(v);
                case BOOLEAN -> v instanceof Boolean ? v : switch (Expressions.text(v).trim().toLowerCase()) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> null;
                };
                case DATE -> Dates.format(v);
            };
            if (typed == null) problems.add(FieldProblem.of("inputs." + p.name(), p.type().name().toLowerCase()));
            else out.put(p.name(), typed);
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return out;
    }
}
