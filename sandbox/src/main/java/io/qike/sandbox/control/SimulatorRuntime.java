package io.qike.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * The request pipeline every simulated endpoint runs through, in the order a real gateway and
 * service apply it: transport faults (delay, 5xx), authentication, limits, forced status codes,
 * then the endpoint's own logic; finally the call is counted and, if asked, the JSON is broken.
 */
@Component("registrySimulatorRuntime")
public class SimulatorRuntime {

    private final FaultRegistry faults;
    private final CallCounters counters;
    private final QuotaTracker quotas;
    private final CredentialStore credentials;
    private final ObjectMapper json;

    public SimulatorRuntime(FaultRegistry faults, CallCounters counters, QuotaTracker quotas,
                            CredentialStore credentials, ObjectMapper json) {
        this.faults = faults;
        this.counters = counters;
        this.quotas = quotas;
        this.credentials = credentials;
        this.json = json;
    }

    /** Outcome of a provider's authentication: the credential, or the status code refusing the call. */
    public record Auth(Credential credential, String errorCode) {
        public static Auth ok(Credential credential) {
            return new Auth(credential, null);
        }

        public static Auth fail(String code) {
            return new Auth(null, code);
        }
    }

    public CredentialStore credentials() {
        return credentials;
    }

    /**
     * Serves one call.
     *
     * @param key          the key as the caller sent it (for fault matching and counting)
     * @param authenticate checks the caller's credentials
     * @param handler      the endpoint logic, run only for authenticated calls within their limits
     */
    public ResponseEntity<?> serve(ProviderDialect dialect, String endpoint, String key,
                                   Supplier<Auth> authenticate, Function<Credential, Reply> handler) {
        Provider provider = dialect.provider();
        List<Fault> matched = faults.take(provider, key, endpoint);
        for (Fault f : matched) {
            if (f.type() == FaultType.LATENCY || f.type() == FaultType.TIMEOUT) {
                faults.sleep(f.millis());
            }
        }
        Optional<Fault> httpError = first(matched, FaultType.HTTP_ERROR);
        if (httpError.isPresent()) {
            int status = httpError.get().httpStatus();
            counters.record(provider, key, endpoint, "http:" + status, false);
            String reason = Optional.ofNullable(HttpStatus.resolve(status)).map(HttpStatus::getReasonPhrase).orElse("Error");
            return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                    .body("<html><head><title>" + status + " " + reason + "</title></head><body><center><h1>"
                            + status + " " + reason + "</h1></center><hr><center>nginx</center></body></html>");
        }

        Reply reply = answer(dialect, endpoint, key, matched, authenticate, handler);
        boolean billable = dialect.successCode().equals(reply.code());
        if (first(matched, FaultType.MALFORMED_JSON).isPresent()) {
            counters.record(provider, key, endpoint, "malformed:" + reply.code(), billable);
            byte[] whole = json.writeValueAsBytes(reply.body());
            byte[] cut = new String(whole, StandardCharsets.UTF_8).substring(0, Math.max(1, whole.length / 4))
                    .getBytes(StandardCharsets.UTF_8);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(cut);
        }
        counters.record(provider, key, endpoint, reply.code(), billable);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reply.body());
    }

    private Reply answer(ProviderDialect dialect, String endpoint, String key, List<Fault> matched,
                         Supplier<Auth> authenticate, Function<Credential, Reply> handler) {
        Auth auth = authenticate.get();
        if (auth.errorCode() != null) {
            return error(dialect, endpoint, key, auth.errorCode());
        }
        if (first(matched, FaultType.QUOTA_EXHAUSTED).isPresent()) {
            return error(dialect, endpoint, key, dialect.dailyLimitCode());
        }
        String limit = quotas.acquire(auth.credential(), dialect);
        if (limit != null) {
            return error(dialect, endpoint, key, limit);
        }
        Optional<Fault> forced = first(matched, FaultType.BODY_CODE);
        if (forced.isPresent()) {
            return error(dialect, endpoint, key, forced.get().code());
        }
        return handler.apply(auth.credential());
    }

    private static Reply error(ProviderDialect dialect, String endpoint, String key, String code) {
        return new Reply(code, dialect.errorBody(endpoint, key, code));
    }

    private static Optional<Fault> first(List<Fault> faults, FaultType type) {
        return faults.stream().filter(f -> f.type() == type).findFirst();
    }
}
