package io.qike.crm.integration;

import io.qike.crm.integration.call.ConfigCache;
import io.qike.crm.integration.call.ConnectionRuntimes;
import io.qike.crm.integration.http.SsrfGuard;
import io.qike.crm.platform.secrets.SecretBox;
import io.qike.crm.integration.store.ConnectionRow;
import io.qike.crm.integration.store.ConnectionRepository;
import io.qike.crm.integration.store.ConnectionRepository.Credential;
import io.qike.crm.integration.store.ConnectorRepository;
import io.qike.crm.integration.store.FlowRepository;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.validation.Text;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connections (连接): base URL, auth scheme, encrypted credentials and limits. Credentials go in and
 * are never given back; only hints are. The host is checked against the SSRF rules on every save.
 */
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class ConnectionService {
    static final String OBJECT = "INTEGRATION_CONNECTION";
    private final ConnectionRepository repository;
    private final ConnectorRepository connectors;
    private final FlowRepository flows;
    private final SecretBox secrets;
    private final SsrfGuard guard;
    private final AuditLog audit;
    private final ConfigCache cache;
    private final ConnectionRuntimes runtimes;

    ConnectionService(ConnectionRepository repository, ConnectorRepository connectors, FlowRepository flows, SecretBox secrets, SsrfGuard guard,
                      AuditLog audit, ConfigCache cache, ConnectionRuntimes runtimes) {
        this.repository = repository;
        this.connectors = connectors;
        this.flows = flows;
        this.secrets = secrets;
        this.guard = guard;
        this.audit = audit;
        this.cache = cache;
        this.runtimes = runtimes;
    }

    public List<Connection> ofConnector(long connectorId) {
        connectors.find(connectorId).orElseThrow(() -> new NotFoundException("connector", connectorId));
        return repository.ofConnector(connectorId);
    }

    public Connection get(long id) {
        return repository.find(id).map(ConnectionRow::connection).orElseThrow(() -> new NotFoundException("connection", id));
    }

    /** The circuit breaker's state for the connection: CLOSED, OPEN or HALF_OPEN. */
    public String circuitState(long id) {
        return runtimes.circuitState(TenantContext.currentTenantId(), get(id).id());
    }

    @Transactional
    public Connection create(ConnectionDraft d) {
        if (d.connectorId() == null || connectors.find(d.connectorId()).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("connectorId", "not_found"));
        }
        ConnectionChecks.check(d, false, false, guard);
        nameFree(d.connectorId(), d.name().trim(), null);
        long tenant = TenantContext.currentTenantId();
        long id = repository.insert(values(d, d.connectorId(), tenant));
        audit.record("CREATE", OBJECT, id, d.name().trim(), ConnectionAudit.created(d));
        cache.clear(); // a flow may rely on "the connector's only connection"
        return get(id);
    }

    @Transactional
    public Connection update(long id, ConnectionDraft d) {
        ConnectionRow before = repository.find(id).orElseThrow(() -> new NotFoundException("connection", id));
        Connection b = before.connection();
        ConnectionChecks.check(d, before.keyCipher() != null, before.secretCipher() != null, guard);
        nameFree(b.connectorId(), d.name().trim(), id);
        repository.update(id, values(d, b.connectorId(), TenantContext.currentTenantId()));
        Connection after = get(id);
        audit.record("UPDATE", OBJECT, id, after.name(), ConnectionAudit.diff(b, after, d));
        cache.clear();
        runtimes.forget(TenantContext.currentTenantId(), id);
        return after;
    }

    @Transactional
    public void delete(long id) {
        Connection c = get(id);
        List<String> users = flows.usedBy("connectionId", id);
        if (!users.isEmpty()) throw new ConflictException("in_use", "error.in_use", Map.of("flows", users));
        repository.delete(id);
        audit.record("DELETE", OBJECT, id, c.name());
        cache.clear();
        runtimes.forget(TenantContext.currentTenantId(), id);
    }

    private void nameFree(long connectorId, String name, Long self) {
        if (repository.nameTaken(connectorId, name, self)) throw new InvalidInputException(FieldProblem.of("name", "name_taken"));
    }

    private ConnectionRepository.Values values(ConnectionDraft d, long connectorId, long tenant) {
        ConnectionLimits limits = (d.limits() == null ? ConnectionLimits.DEFAULTS : d.limits()).withDefaults();
        return new ConnectionRepository.Values(connectorId, d.name().trim(), d.baseUrl().trim(), d.authScheme(),
                Text.trimToNull(d.authParam()), credential(d.key(), d.authScheme().needsKey(), tenant),
                credential(d.secret(), d.authScheme().needsSecret(), tenant), limits, d.enabled() == null || d.enabled());
    }

    private Credential credential(String value, boolean used, long tenant) {
        if (!used) return new Credential(false, null, null); // a scheme without it: forget any stored one
        if (value == null) return Credential.KEEP;
        return new Credential(false, secrets.seal(value, tenant), SecretBox.hint(value));
    }
}
