package io.qike.sandbox.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Fault injection and call counters over HTTP; the same as the FaultRegistry and CallCounters beans. */
@RestController("registryAdminController")
@RequestMapping("/sandbox/admin")
public class AdminController {

    /** Body of POST /sandbox/admin/faults; {@code code} may be a JSON string or number. */
    public record FaultRequest(String provider, String key, String endpoint, String type, Long millis,
                               Integer httpStatus, Object code, Integer times) {
    }

    /** How a fault is shown: provider and type by their ids. */
    public record FaultView(long id, String provider, String key, String endpoint, String type, long millis,
                            int httpStatus, String code, Integer times) {
        static FaultView of(Fault f) {
            return new FaultView(f.id(), f.provider().id(), f.key(), f.endpoint(), f.type().name(), f.millis(),
                    f.httpStatus(), f.code(), f.times());
        }
    }

    private final FaultRegistry faults;
    private final CallCounters counters;
    private final QuotaTracker quotas;

    public AdminController(FaultRegistry faults, CallCounters counters, QuotaTracker quotas) {
        this.faults = faults;
        this.counters = counters;
        this.quotas = quotas;
    }

    @GetMapping("/faults")
    public List<FaultView> faults() {
        return faults.list().stream().map(FaultView::of).toList();
    }

    @PostMapping("/faults")
    public ResponseEntity<FaultView> addFault(@RequestBody FaultRequest r) {
        if (r.type() == null) {
            throw new IllegalArgumentException("type is required: one of " + List.of(FaultType.values()));
        }
        FaultType type = FaultType.valueOf(r.type().trim().toUpperCase(Locale.ROOT));
        Fault fault = new Fault(0, Provider.of(r.provider()), r.key(), r.endpoint(), type,
                r.millis() == null ? 0 : r.millis(), r.httpStatus() == null ? 0 : r.httpStatus(),
                r.code() == null ? null : String.valueOf(r.code()), r.times());
        return ResponseEntity.status(HttpStatus.CREATED).body(FaultView.of(faults.add(fault)));
    }

    @DeleteMapping("/faults")
    public ResponseEntity<Void> clearFaults(@RequestParam(required = false) String provider) {
        faults.clear(provider == null ? null : Provider.of(provider));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/faults/{id}")
    public ResponseEntity<Void> removeFault(@PathVariable long id) {
        return faults.remove(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    /** Counters matching the optional filters, with totals over them. */
    @GetMapping("/counters")
    public Map<String, Object> counters(@RequestParam(required = false) String provider,
                                        @RequestParam(required = false) String key,
                                        @RequestParam(required = false) String endpoint) {
        List<CallCount> list = counters.snapshot(provider == null ? null : Provider.of(provider), key, endpoint);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("calls", list.stream().mapToLong(CallCount::calls).sum());
        body.put("billable", list.stream().mapToLong(CallCount::billable).sum());
        body.put("counters", list);
        return body;
    }

    @DeleteMapping("/counters")
    public ResponseEntity<Void> resetCounters(@RequestParam(required = false) String provider) {
        if (provider == null) {
            counters.reset();
        } else {
            counters.reset(Provider.of(provider));
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/quota-usage")
    public ResponseEntity<Void> resetQuotaUsage() {
        quotas.reset();
        return ResponseEntity.noContent().build();
    }

    /** Clears faults, counters and quota usage; credentials and limits stay. */
    @PostMapping("/reset")
    public ResponseEntity<Void> reset() {
        faults.clear();
        counters.reset();
        quotas.reset();
        return ResponseEntity.noContent().build();
    }
}
