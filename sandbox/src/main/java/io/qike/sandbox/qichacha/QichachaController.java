package io.qike.sandbox.qichacha;

import java.util.List;
import java.util.Map;

import io.qike.sandbox.control.Params;
import io.qike.sandbox.control.Reply;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 企查查 企业模糊搜索 and 企业工商详情; business errors are HTTP 200 with the code in Status. */
@RestController("registryQichachaController")
@RequestMapping("/sandbox/qichacha")
public class QichachaController {

    static final String FUZZY = "FuzzySearch/GetList";
    static final String BASIC = "ECIV4/GetBasicDetailsByName";
    /** Largest page FuzzySearch serves; the documents state no limit, 20 is what clients use at most. */
    static final int FUZZY_MAX_PAGE_SIZE = 20;
    /** 207: no more than 5000 records may be paged through. */
    static final int MAX_RECORDS = 5000;

    private final QichachaGateway gateway;
    private final CompanyDataSet data;

    public QichachaController(QichachaGateway gateway, CompanyDataSet data) {
        this.gateway = gateway;
        this.data = data;
    }

    @GetMapping("/FuzzySearch/GetList")
    public ResponseEntity<?> fuzzySearch(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return gateway.serve(FUZZY, query, headers, credential -> {
            String searchKey = query.get("searchKey");
            String keyCheck = QichachaGateway.checkKeyword(searchKey);
            if (keyCheck != null) {
                return gateway.error(FUZZY, keyCheck);
            }
            if (searchKey.strip().codePoints().noneMatch(Character::isLetterOrDigit)) {
                return gateway.error(FUZZY, "215"); // nothing searchable, e.g. only punctuation
            }
            Integer pageIndex = Params.intInRange(query.get("pageIndex"), 1, 1, Integer.MAX_VALUE);
            Integer pageSize = Params.intInRange(query.get("pageSize"), 10, 1, FUZZY_MAX_PAGE_SIZE);
            if (pageIndex == null || pageSize == null) {
                return gateway.error(FUZZY, "202");
            }
            if ((long) pageIndex * pageSize > MAX_RECORDS) {
                return gateway.error(FUZZY, "207");
            }
            List<Company> hits = data.search(searchKey.strip());
            List<Company> page = QichachaGateway.page(hits, pageIndex, pageSize);
            if (page.isEmpty()) {
                return gateway.error(FUZZY, "201");
            }
            return new Reply("200", QichachaDialect.envelope(FUZZY, "200",
                    QichachaDialect.paging(pageSize, pageIndex, hits.size()),
                    page.stream().map(QichachaFormat::searchItem).toList()));
        });
    }

    @GetMapping("/ECIV4/GetBasicDetailsByName")
    public ResponseEntity<?> basicDetails(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return gateway.serve(BASIC, query, headers, credential -> {
            String keyword = query.get("keyword");
            String keyCheck = QichachaGateway.checkKeyword(keyword);
            if (keyCheck != null) {
                return gateway.error(BASIC, keyCheck);
            }
            return data.lookup(keyword.strip())
                    .map(c -> new Reply("200", QichachaDialect.envelope(BASIC, "200", null, QichachaFormat.basicDetails(c))))
                    .orElseGet(() -> gateway.error(BASIC, "201"));
        });
    }
}
