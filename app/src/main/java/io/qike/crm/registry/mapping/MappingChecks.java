package io.qike.crm.registry.mapping;

import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.OutputField;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.registry.FieldMapping;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a mapping against the detail flow's outputs and the customer fields: every source is an
 * output, every target a field, each target fed once, types that convert (a date into a date field,
 * no object into a text), and the company name mapped, since a card without one cannot be saved.
 */
public final class MappingChecks {
    private MappingChecks() {
    }

    public static void check(String at, List<FieldMapping> mappings, List<OutputField> outputs, Map<String, CardField> targets,
                             List<FieldProblem> problems) {
        Map<String, ResultFieldType> sources = outputs.stream().collect(Collectors.toMap(OutputField::name, OutputField::type, (a, b) -> a));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < mappings.size(); i++) {
            FieldMapping m = mappings.get(i);
            String row = at + "[" + i + "]";
            ResultFieldType source = m.source() == null ? null : sources.get(m.source());
            CardField target = m.target() == null ? null : targets.get(m.target());
            if (m.source() == null || m.source().isBlank()) problems.add(FieldProblem.of(row + ".source", "required"));
            else if (source == null) problems.add(FieldProblem.of(row + ".source", "unknown_output", m.source()));
            if (m.target() == null || m.target().isBlank()) problems.add(FieldProblem.of(row + ".target", "required"));
            else if (target == null) problems.add(FieldProblem.of(row + ".target", "unknown_field", m.target()));
            else if (!seen.add(target.key())) problems.add(FieldProblem.of(row + ".target", "duplicate_target", m.target()));
            if (source != null && target != null && !target.type().accepts(source)) {
                problems.add(FieldProblem.of(row + ".target", "type_mismatch", source.name(), target.type().name()));
            }
        }
        if (!mappings.isEmpty() && mappings.stream().map(FieldMapping::target).noneMatch("name"::equals)) {
            problems.add(FieldProblem.of(at, "name_required"));
        }
    }

    /** Output names by type, for pickers. */
    public static Map<String, ResultFieldType> types(List<OutputField> outputs) {
        return outputs.stream().collect(Collectors.toMap(OutputField::name, OutputField::type, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
