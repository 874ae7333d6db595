package io.qike.crm.registry.settings;

import io.qike.crm.integration.ActionFlows;
import io.qike.crm.integration.FlowDescription;
import io.qike.crm.integration.OutputField;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.registry.FieldMapping;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySettings;
import io.qike.crm.registry.mapping.CardField;
import io.qike.crm.registry.mapping.DefaultMappings;
import io.qike.crm.registry.mapping.MappingChecks;
import io.qike.crm.registry.preset.ProviderPresets;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies a settings change, checking it as a whole: nothing is saved while any field is wrong. */
final class SettingsEdits {
    private SettingsEdits() {
    }

    static RegistrySettings apply(RegistrySettings s, SettingsDraft d, ActionFlows flows, Map<String, CardField> targets) {
        List<FieldProblem> p = new ArrayList<>();
        Map<RegistryProvider, RegistrySettings.Source> sources = new EnumMap<>(RegistryProvider.class);
        sources.putAll(s.sources());
        if (d.providers() != null) {
            d.providers().forEach((code, sd) -> {
                String at = "providers." + code;
                Optional<RegistryProvider> provider = RegistryProvider.ofCode(code);
                if (provider.isEmpty()) p.add(FieldProblem.of(at, "unknown_provider", code));
                else if (sd == null || Text.isBlank(sd.searchFlow()) && Text.isBlank(sd.detailFlow())) sources.remove(provider.get());
                else sources.put(provider.get(), source(at, sd, flows, targets, p));
            });
        }
        RegistryProvider primary = d.primary() == null ? s.primary() : provider("primary", d.primary(), p);
        RegistryProvider fallback = d.fallback() == null ? s.fallback() : provider("fallback", d.fallback(), p);
        if (primary != null && !sources.containsKey(primary)) p.add(FieldProblem.of("primary", "provider_not_bound"));
        if (fallback != null && !sources.containsKey(fallback)) p.add(FieldProblem.of("fallback", "provider_not_bound"));
        if (fallback != null && fallback == primary) p.add(FieldProblem.of("fallback", "same_as_primary"));
        // 开关 may be on before any provider is set up (the seed turns it on first); lookups then say so.
        boolean enabled = d.enabled() == null ? s.enabled() : d.enabled();
        int searchTtl = range("searchTtlMinutes", "registry.settings.searchTtl", d.searchTtlMinutes(), s.searchTtlMinutes(), 1, 30 * 24 * 60, p);
        int detailTtl = range("detailTtlMinutes", "registry.settings.detailTtl", d.detailTtlMinutes(), s.detailTtlMinutes(), 1, 90 * 24 * 60, p);
        int refresh = range("refreshAfterDays", "registry.settings.refreshAfterDays", d.refreshAfterDays(), s.refreshAfterDays(), 1, 3650, p);
        if (!p.isEmpty()) throw new InvalidInputException(p);
        return new RegistrySettings(enabled, primary, fallback, searchTtl, detailTtl, refresh, sources);
    }

    /** Binds a freshly generated preset; a mapping the admin already edited is kept. */
    static RegistrySettings bindPreset(RegistrySettings s, RegistryProvider p, List<FieldMapping> defaults) {
        Map<RegistryProvider, RegistrySettings.Source> sources = new EnumMap<>(RegistryProvider.class);
        sources.putAll(s.sources());
        RegistrySettings.Source old = s.source(p);
        List<FieldMapping> mappings = old != null && !old.mappings().isEmpty()
                && ProviderPresets.detailFlow(p).equals(old.detailFlow()) ? old.mappings() : defaults;
        sources.put(p, new RegistrySettings.Source(ProviderPresets.searchFlow(p), ProviderPresets.detailFlow(p), mappings));
        RegistryProvider primary = s.primary() != null ? s.primary() : p;
        RegistryProvider fallback = s.fallback() != null || primary == p ? s.fallback() : p;
        return new RegistrySettings(s.enabled(), primary, fallback, s.searchTtlMinutes(), s.detailTtlMinutes(),
                s.refreshAfterDays(), sources);
    }

    private static RegistrySettings.Source source(String at, SettingsDraft.SourceDraft sd, ActionFlows flows,
                                                  Map<String, CardField> targets, List<FieldProblem> p) {
        BindingChecks.search(flows, at + ".searchFlow", sd.searchFlow(), p);
        Optional<FlowDescription> detail = BindingChecks.detail(flows, at + ".detailFlow", sd.detailFlow(), p);
        List<OutputField> outputs = detail.map(FlowDescription::outputs).orElse(List.of());
        List<FieldMapping> mappings = sd.mappings() != null ? sd.mappings()
                : DefaultMappings.forOutputs(outputs.stream().map(OutputField::name).toList());
        if (detail.isPresent()) MappingChecks.check(at + ".mappings", mappings, outputs, targets, p);
        return new RegistrySettings.Source(Text.trimToNull(sd.searchFlow()), Text.trimToNull(sd.detailFlow()), mappings);
    }

    private static RegistryProvider provider(String field, String code, List<FieldProblem> p) {
        if (code.isBlank()) return null;
        Optional<RegistryProvider> provider = RegistryProvider.ofCode(code);
        if (provider.isEmpty()) p.add(FieldProblem.of(field, "unknown_provider", code));
        return provider.orElse(null);
    }

    private static int range(String field, String labelKey, Integer given, int current, int min, int max, List<FieldProblem> p) {
        if (given == null) return current;
        if (given < min || given > max) p.add(Checks.outOfRange(field, labelKey, min, max));
        return given;
    }
}
