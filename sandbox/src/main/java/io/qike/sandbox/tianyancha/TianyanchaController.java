package io.qike.sandbox.tianyancha;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.qike.sandbox.control.CallCounters;
import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.Params;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.control.Reply;
import io.qike.sandbox.control.SimulatorRuntime;
import io.qike.sandbox.control.SimulatorRuntime.Auth;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 天眼查 open API: search (816), 企业基本信息 (1116) and 企业基本信息（含联系方式）(818). Authentication
 * is the raw token in {@code Authorization}; a missing or unknown token is 300009 (账号信息有误).
 */
@RestController("registryTianyanchaController")
@RequestMapping("/sandbox/tianyancha")
public class TianyanchaController {

    static final String SEARCH = "services/open/search/2.0";
    static final String BASEINFO = "services/open/ic/baseinfo/normal";
    static final String BASEINFO_V2 = "services/open/ic/baseinfoV2/2.0";
    static final int MAX_PAGE_SIZE = 20;

    private final SimulatorRuntime runtime;
    private final TianyanchaDialect dialect;
    private final CompanyDataSet data;
    private final CallCounters counters;

    public TianyanchaController(SimulatorRuntime runtime, TianyanchaDialect dialect, CompanyDataSet data,
                                CallCounters counters) {
        this.runtime = runtime;
        this.dialect = dialect;
        this.data = data;
        this.counters = counters;
    }

    private ResponseEntity<?> serve(String endpoint, HttpHeaders headers, Function<Credential, Reply> handler) {
        String token = headers.getFirst(HttpHeaders.AUTHORIZATION);
        return runtime.serve(dialect, endpoint, token, () -> runtime.credentials().find(Provider.TIANYANCHA, token)
                .map(Auth::ok).orElse(Auth.fail("300009")), handler);
    }

    @GetMapping("/services/open/search/2.0")
    public ResponseEntity<?> search(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return serve(SEARCH, headers, credential -> {
            String word = query.get("word");
            if (Params.missing(word)) {
                return error("300008");
            }
            Integer pageNum = Params.intInRange(query.get("pageNum"), 1, 1, Integer.MAX_VALUE);
            Integer pageSize = Params.intInRange(query.get("pageSize"), MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE);
            if (pageNum == null || pageSize == null) {
                return error("300001"); // a value that cannot be served fails the request
            }
            String wanted = word.strip();
            List<Company> hits = data.search(wanted);
            long from = (long) (pageNum - 1) * pageSize;
            if (from >= hits.size()) {
                return error("300000");
            }
            List<Company> page = hits.subList((int) from, (int) Math.min(hits.size(), from + pageSize));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("total", hits.size());
            result.put("items", page.stream().map(c -> TianyanchaFormat.searchItem(c, wanted)).toList());
            return new Reply("0", TianyanchaDialect.envelope("0", result));
        });
    }

    @GetMapping("/services/open/ic/baseinfo/normal")
    public ResponseEntity<?> baseInfo(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return serve(BASEINFO, headers, credential -> detail(query.get("keyword"), TianyanchaFormat::baseInfo));
    }

    @GetMapping("/services/open/ic/baseinfoV2/2.0")
    public ResponseEntity<?> baseInfoV2(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return serve(BASEINFO_V2, headers, credential -> detail(query.get("keyword"), TianyanchaFormat::baseInfoV2));
    }

    /** Any other path under the prefix: 300010 (URL不存在), as the real gateway answers unknown APIs. */
    @GetMapping("/**")
    public ResponseEntity<?> unknown(HttpServletRequest request) {
        String prefix = request.getContextPath() + "/sandbox/tianyancha/";
        String uri = request.getRequestURI();
        String endpoint = uri.length() > prefix.length() ? uri.substring(prefix.length()) : "";
        counters.record(Provider.TIANYANCHA, request.getHeader(HttpHeaders.AUTHORIZATION), endpoint, "300010", false);
        return ResponseEntity.ok(TianyanchaDialect.envelope("300010", null));
    }

    /** keyword = name (current or former), credit code, registration number or 天眼查 id. */
    private Reply detail(String keyword, Function<Company, Map<String, Object>> format) {
        if (Params.missing(keyword)) {
            return error("300008");
        }
        String wanted = keyword.strip();
        Optional<Company> company = data.lookup(wanted);
        if (company.isEmpty() && wanted.matches("\\d{1,18}")) {
            company = data.byTianyanchaId(Long.parseLong(wanted));
        }
        return company.map(c -> new Reply("0", TianyanchaDialect.envelope("0", format.apply(c))))
                .orElseGet(() -> error("300000"));
    }

    private Reply error(String code) {
        return new Reply(code, TianyanchaDialect.envelope(code, null));
    }
}
