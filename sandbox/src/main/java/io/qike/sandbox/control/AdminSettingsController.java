package io.qike.sandbox.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.qike.sandbox.data.CompanyDataSet;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Credentials, limits, status-code tables and data-set facts over HTTP. */
@RestController("registryAdminSettingsController")
@RequestMapping("/sandbox/admin")
public class AdminSettingsController {

    /** Body of PUT /sandbox/admin/limits; absent fields stay as they are. */
    public record LimitsRequest(Long dailyCallsPerKey, Integer qpsPerKey, Long dailyCallsPerProvider) {
    }

    /** Body of POST /sandbox/admin/credentials and how credentials are shown. */
    public record CredentialView(String provider, String key, String secret, Long dailyLimit, Integer qps) {
        static CredentialView of(Credential c) {
            return new CredentialView(c.provider().id(), c.key(), c.secret(), c.dailyLimit(), c.qps());
        }
    }

    private final CredentialStore credentials;
    private final QuotaTracker quotas;
    private final Map<Provider, ProviderDialect> dialects;
    private final CompanyDataSet data;

    public AdminSettingsController(CredentialStore credentials, QuotaTracker quotas, List<ProviderDialect> dialects,
                                   CompanyDataSet data) {
        this.credentials = credentials;
        this.quotas = quotas;
        this.dialects = dialects.stream().collect(Collectors.toMap(ProviderDialect::provider, d -> d));
        this.data = data;
    }

    @GetMapping("/credentials")
    public List<CredentialView> credentials() {
        return credentials.all().stream().map(CredentialView::of).toList();
    }

    @PostMapping("/credentials")
    public ResponseEntity<CredentialView> addCredential(@RequestBody CredentialView r) {
        Credential c = new Credential(Provider.of(r.provider()), r.key(), r.secret(), r.dailyLimit(), r.qps());
        credentials.put(c);
        return ResponseEntity.status(HttpStatus.CREATED).body(CredentialView.of(c));
    }

    @DeleteMapping("/credentials/{provider}/{key}")
    public ResponseEntity<Void> removeCredential(@PathVariable String provider, @PathVariable String key) {
        return credentials.remove(Provider.of(provider), key) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @GetMapping("/limits")
    public LimitsRequest limits() {
        RegistrySandboxProperties.Limits l = quotas.limits();
        return new LimitsRequest(l.getDailyCallsPerKey(), l.getQpsPerKey(), l.getDailyCallsPerProvider());
    }

    @PutMapping("/limits")
    public LimitsRequest setLimits(@RequestBody LimitsRequest r) {
        RegistrySandboxProperties.Limits l = quotas.limits();
        if (r.dailyCallsPerKey() != null) {
            l.setDailyCallsPerKey(r.dailyCallsPerKey());
        }
        if (r.qpsPerKey() != null) {
            l.setQpsPerKey(r.qpsPerKey());
        }
        if (r.dailyCallsPerProvider() != null) {
            l.setDailyCallsPerProvider(r.dailyCallsPerProvider());
        }
        return limits();
    }

    /** The provider's status codes with their messages, the ones a BODY_CODE fault can force. */
    @GetMapping("/codes/{provider}")
    public Map<String, String> codes(@PathVariable String provider) {
        return dialects.get(Provider.of(provider)).codes();
    }

    /** Seed, size and a few sample companies, enough to start exploring by hand. */
    @GetMapping("/dataset")
    public Map<String, Object> dataset() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seed", data.seed());
        body.put("companies", data.size());
        body.put("sample", data.companies().stream().limit(10)
                .map(c -> Map.of("name", c.name(), "creditCode", c.creditCode())).toList());
        return body;
    }
}
