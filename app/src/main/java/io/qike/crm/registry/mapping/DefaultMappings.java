package io.qike.crm.registry.mapping;

import io.qike.crm.registry.FieldMapping;
import java.util.Collection;
import java.util.List;

/**
 * The mapping a generated preset starts with: every standard customer field the preset's detail flow
 * can fill, region from the registered address. The same for all three providers, which is what
 * makes one company give one card whichever provider answered.
 */
public final class DefaultMappings {
    private static final List<FieldMapping> ALL = List.of(
            new FieldMapping("name", "name"), new FieldMapping("creditCode", "creditCode"),
            new FieldMapping("legalPerson", "legalRepresentative"), new FieldMapping("registeredCapital", "registeredCapital"),
            new FieldMapping("establishedOn", "establishedOn"), new FieldMapping("status", "registrationStatus"),
            new FieldMapping("industry", "industry"), new FieldMapping("address", "address"),
            new FieldMapping("address", "region"), new FieldMapping("businessScope", "businessScope"),
            new FieldMapping("phone", "phone"), new FieldMapping("email", "email"), new FieldMapping("website", "website"));

    private DefaultMappings() {
    }

    /** The default rows whose source the flow has. */
    public static List<FieldMapping> forOutputs(Collection<String> outputs) {
        return ALL.stream().filter(m -> outputs.contains(m.source())).toList();
    }
}
