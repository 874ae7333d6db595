package io.qike.sandbox.qichacha;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.qike.sandbox.control.Params;
import io.qike.sandbox.control.Reply;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import io.qike.sandbox.data.CustomerEntry;
import io.qike.sandbox.data.Relation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 企查查 客户查询 (Customer/GetList) and 合作关系挖掘 (findPartnershipRelation), per Qichacha's documents. */
@RestController("registryQichachaTradeController")
@RequestMapping("/sandbox/qichacha")
public class QichachaTradeController {

    static final String CUSTOMERS = "api/yj/Customer/GetList";
    static final int MAX_COMPANIES = 20;

    private final QichachaGateway base;
    private final CompanyDataSet data;

    public QichachaTradeController(QichachaGateway base, CompanyDataSet data) {
        this.base = base;
        this.data = data;
    }

    @GetMapping("/api/yj/Customer/GetList")
    public ResponseEntity<?> customers(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return base.serve(CUSTOMERS, query, headers, credential -> {
            String searchKey = query.get("searchKey");
            String keyCheck = QichachaGateway.checkKeyword(searchKey);
            if (keyCheck != null) {
                return base.error(CUSTOMERS, keyCheck);
            }
            String year = query.get("year");
            Integer pageIndex = Params.intInRange(query.get("pageIndex"), 1, 1, Integer.MAX_VALUE);
            Integer pageSize = Params.intInRange(query.get("pageSize"), 10, 1, 50); // documented: default 10, at most 50
            if (pageIndex == null || pageSize == null || (year != null && !year.matches("\\d{4}"))) {
                return base.error(CUSTOMERS, "202");
            }
            String wanted = searchKey.strip();
            Company company = data.lookup(wanted).or(() -> data.byKeyNo(wanted)).orElse(null);
            List<CustomerEntry> all = company == null ? List.of() : data.customersOf(company);
            List<CustomerEntry> selected = year == null ? all
                    : all.stream().filter(e -> e.year().startsWith(year)).toList();
            List<CustomerEntry> page = QichachaGateway.page(selected, pageIndex, pageSize);
            if (page.isEmpty()) {
                return base.error(CUSTOMERS, "201");
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("YearList", QichachaFormat.years(all));
            result.put("ClientList", page.stream().map(QichachaFormat::client).toList());
            return new Reply("200", QichachaDialect.envelope(CUSTOMERS, "200",
                    QichachaDialect.paging(pageSize, pageIndex, selected.size()), result));
        });
    }

    @GetMapping("/api/corp/correlation/findPartnershipRelation")
    public ResponseEntity<?> partnerships(@RequestParam Map<String, String> query, @RequestHeader HttpHeaders headers) {
        return base.serve(QichachaDialect.PARTNERSHIP, query, headers, credential -> {
            String companyNames = query.get("companyNames");
            if (Params.missing(companyNames)) {
                return partnershipError("202");
            }
            // only the ASCII comma separates names, as documented; "，" stays part of a name
            List<String> names = Arrays.stream(companyNames.split(",", -1)).map(String::strip).toList();
            if (names.stream().anyMatch(String::isEmpty)) {
                return partnershipError("202");
            }
            if (names.size() > MAX_COMPANIES) {
                return partnershipError("209");
            }
            if (names.stream().anyMatch(n -> Params.length(n) < 2)) {
                return partnershipError("213");
            }
            List<Relation> relations = data.relationsAmong(names);
            if (relations.isEmpty()) {
                return partnershipError("201");
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("requestId", UUID.randomUUID().toString().replace("-", ""));
            result.put("key", query.get("key"));
            result.put("companyNames", companyNames);
            result.put("partnershipRelationList", relations.stream().map(QichachaFormat::relation).toList());
            return new Reply("200", QichachaDialect.partnershipEnvelope("200", result));
        });
    }

    private static Reply partnershipError(String code) {
        return new Reply(code, QichachaDialect.partnershipEnvelope(code, null));
    }
}
