package io.qike.crm.registry.settings;

import io.qike.crm.integration.ActionFlows;
import io.qike.crm.integration.Connection;
import io.qike.crm.integration.FlowDescription;
import io.qike.crm.integration.OutputField;
import io.qike.crm.integration.PresetInstaller;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySettings;
import io.qike.crm.registry.lookup.LookupCache;
import io.qike.crm.registry.lookup.ProviderHealth;
import io.qike.crm.registry.mapping.CardFields;
import io.qike.crm.registry.mapping.DefaultMappings;
import io.qike.crm.registry.preset.ProviderPresets;
import io.qike.crm.registry.store.CurrentSettings;
import io.qike.crm.registry.store.SettingsRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工商信息设置: read, change, and 初始化动作流 for a provider. Administrators only — installing a
 * preset writes connectors and credentials in the integration centre, so the same permission guards both.
 */
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class RegistrySettingsService {
    private final SettingsRepository store;
    private final CurrentSettings current;
    private final PresetInstaller installer;
    private final ActionFlows flows;
    private final CardFields cardFields;
    private final LookupCache cache;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ProviderHealth health;
    private final DemoSandbox sandbox;

    RegistrySettingsService(SettingsRepository store, CurrentSettings current, PresetInstaller installer, ActionFlows flows,
                            CardFields cardFields, LookupCache cache, MessageSource messages, AuditLog audit,
                            ProviderHealth health, DemoSandbox sandbox) {
        this.health = health;
        this.sandbox = sandbox;
        this.store = store;
        this.current = current;
        this.installer = installer;
        this.flows = flows;
        this.cardFields = cardFields;
        this.cache = cache;
        this.messages = messages;
        this.audit = audit;
    }

    public SettingsView view() {
        RegistrySettings s = store.load().orElseGet(RegistrySettings::defaults);
        List<SettingsView.ProviderView> providers = new ArrayList<>();
        for (RegistryProvider p : RegistryProvider.values()) {
            Optional<Connection> c = installer.connectionOf(p.presetKey());
            RegistrySettings.Source src = s.source(p);
            List<OutputField> outputs = src == null || src.detailFlow() == null ? List.of()
                    : flows.describe(src.detailFlow()).map(FlowDescription::outputs).orElse(List.of());
            Optional<DemoSandbox.Demo> demo = sandbox.demo(p);
            String first = demo.map(DemoSandbox.Demo::baseUrl).orElse(p.defaultBaseUrl());
            String pointed = c.map(Connection::baseUrl).orElse(first);
            providers.add(new SettingsView.ProviderView(p.code(), p.hasSecret(), c.isPresent(), first,
                    c.map(Connection::baseUrl).orElse(null), c.map(Connection::keyHint).orElse(null),
                    c.map(Connection::secretHint).orElse(null), c.map(x -> x.limits().qps()).orElse(null),
                    c.map(x -> x.limits().dailyBudget()).orElse(null), c.map(x -> x.limits().costPerCall()).orElse(null),
                    src == null ? null : src.searchFlow(), src == null ? null : src.detailFlow(),
                    src == null ? List.of() : src.mappings(), outputs, demo.isPresent(), DemoSandbox.isSandbox(pointed),
                    DemoSandbox.host(pointed), p.defaultBaseUrl()));
        }
        return new SettingsView(s.enabled(), code(s.primary()), code(s.fallback()), s.searchTtlMinutes(), s.detailTtlMinutes(),
                s.refreshAfterDays(), providers);
    }

    /** The customer fields a mapping may target. */
    public List<io.qike.crm.registry.mapping.CardField> targets() {
        return cardFields.list();
    }

    @Transactional
    public SettingsView update(SettingsDraft d) {
        RegistrySettings before = store.load().orElseGet(RegistrySettings::defaults);
        RegistrySettings after = SettingsEdits.apply(before, d, flows, cardFields.all());
        save(before, after, "UPDATE");
        return view();
    }

    /** Generates (or regenerates) the provider's connector, connection, interfaces and flows and binds them. */
    @Transactional
    public SettingsView initialize(String providerCode, InitializeRequest r) {
        RegistryProvider p = RegistryProvider.ofCode(providerCode).orElseThrow(() -> new NotFoundException("registry_provider", providerCode));
        Optional<Connection> existing = installer.connectionOf(p.presetKey());
        List<FieldProblem> problems = new ArrayList<>();
        String key = blankToNull(r.apiKey()), secret = blankToNull(r.secretKey()), url = blankToNull(r.baseUrl());
        // 使用演示沙箱: the simulator on this node, and its demo credentials wherever none were typed.
        Optional<DemoSandbox.Demo> demo = Boolean.TRUE.equals(r.useSandbox()) ? sandbox.demo(p) : Optional.empty();
        if (Boolean.TRUE.equals(r.useSandbox()) && demo.isEmpty()) problems.add(FieldProblem.of("useSandbox", "sandbox_unavailable"));
        if (demo.isPresent()) {
            url = demo.get().baseUrl();
            if (key == null) key = demo.get().key();
            if (secret == null) secret = demo.get().secret();
        }
        if (existing.isEmpty() && key == null) problems.add(FieldProblem.of("apiKey", "required"));
        if (existing.isEmpty() && p.hasSecret() && secret == null) problems.add(FieldProblem.of("secretKey", "required"));
        if (url != null && !url.matches("(?i)^https?://[^\\s/]+.*$")) problems.add(FieldProblem.of("baseUrl", "url"));
        if (r.qps() != null && (r.qps() < 0 || r.qps() > 1000)) problems.add(Checks.outOfRange("qps", "registry.provider.qps", 0, 1000));
        if (r.dailyBudget() != null && r.dailyBudget() < 0) problems.add(FieldProblem.of("dailyBudget", "out_of_range"));
        if (r.costPerCall() != null && r.costPerCall().signum() < 0) problems.add(FieldProblem.of("costPerCall", "out_of_range"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        if (url == null) url = existing.map(Connection::baseUrl).orElse(p.defaultBaseUrl()); // the API's default stays the real host
        String name = messages.getMessage(p.labelKey(), null, p.code(), Locale.SIMPLIFIED_CHINESE);
        installer.install(ProviderPresets.preset(p, name, url, key, p.hasSecret() ? secret : null,
                PresetLimits.of(existing.map(Connection::limits).orElse(null), r)));
        RegistrySettings before = store.load().orElseGet(RegistrySettings::defaults);
        save(before, SettingsEdits.bindPreset(before, p, DefaultMappings.forOutputs(ProviderPresets.detailOutputs(p))), "INITIALIZE");
        return view();
    }

    private void save(RegistrySettings before, RegistrySettings after, String action) {
        store.save(after, CurrentUser.require().login());
        current.evict();
        health.clear(TenantContext.currentTenantId()); // the admin may just have fixed the key
        if (!before.sources().equals(after.sources())) cache.clear(TenantContext.currentTenantId());
        audit.record(action, "REGISTRY_SETTINGS", null, "工商信息设置", AuditDiff.of().field("enabled", before.enabled(), after.enabled())
                .field("primary", code(before.primary()), code(after.primary())).field("fallback", code(before.fallback()), code(after.fallback()))
                .field("searchTtlMinutes", before.searchTtlMinutes(), after.searchTtlMinutes())
                .field("detailTtlMinutes", before.detailTtlMinutes(), after.detailTtlMinutes())
                .field("refreshAfterDays", before.refreshAfterDays(), after.refreshAfterDays())
                .field("sources", byCode(before.sources()), byCode(after.sources())).changes());
    }

    private static java.util.Map<String, RegistrySettings.Source> byCode(java.util.Map<RegistryProvider, RegistrySettings.Source> sources) {
        java.util.Map<String, RegistrySettings.Source> m = new java.util.TreeMap<>();
        sources.forEach((p, s) -> m.put(p.code(), s));
        return m;
    }

    private static String code(RegistryProvider p) {
        return p == null ? null : p.code();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
