package io.qike.crm.intel.setup;

import io.qike.crm.integration.Connection;
import io.qike.crm.integration.ConnectionDraft;
import io.qike.crm.integration.ConnectionLimits;
import io.qike.crm.integration.Preset;
import io.qike.crm.integration.PresetInstaller;
import io.qike.crm.intel.provider.QichachaFlows;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.registry.RegistryProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initialises intel on the integration centre (初始化): adds intel's interfaces and flows to the 企查查 connector
 * that the registry module shares, creating the connector and its connection first when nobody has yet.
 */
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class IntelSetup {
    /** What is configured now; the key is never shown, only its hint. */
    public record Status(boolean connectorExists, boolean installed, String connectionName, String baseUrl, String keyHint,
                         BigDecimal costPerCall) {
    }

    /**
     * What the administrator enters. Key and secret are needed only when there is no 企查查 connection yet;
     * otherwise blank keeps the stored ones. A blank base URL keeps the stored one, or takes 企查查's host.
     */
    public record Form(String baseUrl, String key, String secret, BigDecimal costPerCall) {
    }

    private final PresetInstaller installer;
    private final QichachaFlows flows;
    private final IntelSettings settings;
    private final AuditLog audit;

    IntelSetup(PresetInstaller installer, QichachaFlows flows, IntelSettings settings, AuditLog audit) {
        this.installer = installer;
        this.flows = flows;
        this.settings = settings;
        this.audit = audit;
    }

    public Status status() {
        Optional<Connection> c = installer.connectionOf(RegistryProvider.QICHACHA.presetKey());
        return new Status(installer.connectorOf(RegistryProvider.QICHACHA.presetKey()).isPresent(), flows.installed(),
                c.map(Connection::name).orElse(null), c.map(Connection::baseUrl).orElse(null), c.map(Connection::keyHint).orElse(null),
                settings.costPerCall());
    }

    @Transactional
    public Preset.Installed initialise(Form form) {
        Optional<Connection> existing = installer.connectionOf(RegistryProvider.QICHACHA.presetKey());
        String key = blankToNull(form.key()), secret = blankToNull(form.secret());
        List<FieldProblem> problems = new ArrayList<>();
        if (existing.isEmpty() && key == null) problems.add(FieldProblem.of("key", "required"));
        if (existing.isEmpty() && secret == null) problems.add(FieldProblem.of("secret", "required"));
        if (form.costPerCall() != null && form.costPerCall().signum() < 0) problems.add(FieldProblem.of("costPerCall", "out_of_range"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        String baseUrl = blankToNull(form.baseUrl()) != null ? form.baseUrl().trim() : existing.map(Connection::baseUrl).orElse(null);
        ConnectionDraft connection = RegistryProvider.QICHACHA.connection(existing.map(Connection::name).orElse("企查查"), baseUrl,
                key, secret, existing.map(Connection::limits).orElse(ConnectionLimits.DEFAULTS));
        Preset.Installed installed = installer.install(QichachaIntelPreset.preset(connection));
        if (form.costPerCall() != null) settings.saveCostPerCall(form.costPerCall());
        audit.record("INITIALISE", "INTEL", installed.connectorId(), "企查查",
                Map.of("flows", new AuditLog.Change(null, installed.flowApiNames())));
        return installed;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
