package io.qike.sandbox.qixin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.Params;
import io.qike.sandbox.control.Reply;
import io.qike.sandbox.control.SimulatorRuntime;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 启信宝 1.31 企业模糊搜索 (advSearch) and 1.41 工商照面 (getBasicInfo). */
@RestController("registryQixinController")
@RequestMapping("/sandbox/qixin/APIService")
public class QixinController {

    static final String SEARCH = "APIService/v2/search/advSearch";
    static final String BASIC = "APIService/enterprise/getBasicInfo";
    /** advSearch pages are 20 items; the caller moves on with skip. */
    static final int PAGE_SIZE = 20;
    private static final Set<String> MATCH_TYPES = Set.of("ename", "credit_no", "reg_no");

    private final SimulatorRuntime runtime;
    private final QixinDialect dialect;
    private final QixinAuth auth;
    private final CompanyDataSet data;

    public QixinController(SimulatorRuntime runtime, QixinDialect dialect, QixinAuth auth, CompanyDataSet data) {
        this.runtime = runtime;
        this.dialect = dialect;
        this.auth = auth;
        this.data = data;
    }

    private ResponseEntity<?> serve(String endpoint, Map<String, String> query, HttpHeaders headers,
                                    Function<Credential, Reply> handler) {
        return runtime.serve(dialect, endpoint, QixinAuth.appkey(headers, query), () -> auth.check(headers, query), handler);
    }

    @GetMapping("/v2/search/advSearch")
    public ResponseEntity<?> search(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return serve(SEARCH, query, headers, credential -> {
            String keyword = query.get("keyword");
            Integer skip = Params.intInRange(query.get("skip"), 0, 0, Integer.MAX_VALUE);
            String matchType = query.get("matchType");
            if (Params.missing(keyword) || skip == null || (matchType != null && !validMatchType(matchType))) {
                return error("208");
            }
            String wanted = keyword.strip();
            List<Company> hits = matchType == null ? data.search(wanted) : matching(wanted, Set.of(matchType.split(",")));
            if (hits.isEmpty()) {
                return error("201");
            }
            if (skip >= hits.size()) {
                return error("206");
            }
            List<Company> page = hits.subList(skip, Math.min(hits.size(), skip + PAGE_SIZE));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("total", hits.size());
            result.put("num", page.size());
            result.put("items", page.stream().map(QixinFormat::searchItem).toList());
            return new Reply("200", QixinDialect.envelope("200", result));
        });
    }

    @GetMapping("/enterprise/getBasicInfo")
    public ResponseEntity<?> basicInfo(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return serve(BASIC, query, headers, credential -> {
            String keyword = query.get("keyword");
            if (Params.missing(keyword)) {
                return error("208");
            }
            return data.lookup(keyword.strip())
                    .map(c -> new Reply("200", QixinDialect.envelope("200", QixinFormat.basicInfo(c))))
                    .orElseGet(() -> error("201"));
        });
    }

    private static boolean validMatchType(String matchType) {
        for (String t : matchType.split(",", -1)) {
            if (!MATCH_TYPES.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Search restricted to the fields named in matchType: name contains, codes exact. */
    private List<Company> matching(String keyword, Set<String> types) {
        return data.search(keyword).stream()
                .filter(c -> (types.contains("ename") && c.name().contains(keyword))
                        || (types.contains("credit_no") && c.creditCode().equals(keyword))
                        || (types.contains("reg_no") && c.regNo().equals(keyword)))
                .toList();
    }

    private Reply error(String code) {
        return new Reply(code, QixinDialect.envelope(code, null));
    }
}
