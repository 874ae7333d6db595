package io.qike.sandbox.qichacha;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.Params;
import io.qike.sandbox.control.Reply;
import io.qike.sandbox.control.SimulatorRuntime;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** What every 企查查 endpoint shares: authentication, the runtime pipeline, keyword rules, paging. */
@Component("registryQichachaGateway")
class QichachaGateway {

    private final SimulatorRuntime runtime;
    private final QichachaDialect dialect;
    private final QichachaAuth auth;

    QichachaGateway(SimulatorRuntime runtime, QichachaDialect dialect, QichachaAuth auth) {
        this.runtime = runtime;
        this.dialect = dialect;
        this.auth = auth;
    }

    /** Runs {@code handler} behind 企查查's authentication and the sandbox's limits and faults. */
    ResponseEntity<?> serve(String endpoint, Map<String, String> query, HttpHeaders headers,
                            Function<Credential, Reply> handler) {
        String key = query.get("key");
        return runtime.serve(dialect, endpoint, key,
                () -> auth.check(key, headers.getFirst("Token"), headers.getFirst("Timespan")), handler);
    }

    Reply error(String endpoint, String code) {
        return new Reply(code, dialect.errorBody(endpoint, null, code));
    }

    /** 202 for a missing keyword, 213 for one shorter than 2 characters, null when usable. */
    static String checkKeyword(String keyword) {
        if (Params.missing(keyword)) {
            return "202";
        }
        return Params.length(keyword) < 2 ? "213" : null;
    }

    static <T> List<T> page(List<T> all, int pageIndex, int pageSize) {
        long from = (long) (pageIndex - 1) * pageSize;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }
}
