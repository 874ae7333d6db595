package io.qike.sandbox.qichacha;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CustomerEntry;
import io.qike.sandbox.data.Relation;

/** Renders data-set facts in 企查查's PascalCase formats. */
final class QichachaFormat {

    private QichachaFormat() {
    }

    /** "5000万人民币元" for yuan, "500万美元" / "1000万港元" otherwise, as 企查查 prints registered capital. */
    static String registCapi(Company c) {
        return c.capitalAmount() + "万" + c.currency() + (c.currency().equals("人民币") ? "元" : "");
    }

    /** FuzzySearch/GetList item. */
    static Map<String, Object> searchItem(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("KeyNo", c.keyNo());
        m.put("Name", c.name());
        m.put("CreditCode", c.creditCode());
        m.put("StartDate", c.establishedOn().toString());
        m.put("OperName", c.legalPerson());
        m.put("Status", c.status());
        m.put("No", c.regNo());
        m.put("Address", c.address());
        return m;
    }

    /** ECIV4/GetBasicDetailsByName result; the ECIV4 family prints dates as "2012-07-10T00:00:00". */
    static Map<String, Object> basicDetails(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("KeyNo", c.keyNo());
        m.put("Name", c.name());
        m.put("No", c.regNo());
        m.put("BelongOrg", c.belongOrg());
        m.put("OperName", c.legalPerson());
        m.put("StartDate", dateTime(c.establishedOn()));
        m.put("EndDate", dateTime(c.closedOn()));
        m.put("Status", c.status());
        m.put("Province", c.region().abbr());
        m.put("UpdatedDate", dateTime(c.approvedOn()));
        m.put("CreditCode", c.creditCode());
        m.put("RegistCapi", registCapi(c));
        m.put("EconKind", c.econKind());
        m.put("Address", c.address());
        m.put("Scope", c.scope());
        m.put("TermStart", dateTime(c.establishedOn()));
        m.put("TeamEnd", dateTime(c.termEnd())); // sic: 企查查 spells the field this way
        m.put("CheckDate", dateTime(c.approvedOn()));
        m.put("OrgNo", c.orgNo());
        boolean listed = c.econKind().contains("上市、");
        m.put("IsOnStock", listed ? "1" : "0");
        m.put("StockNumber", listed ? String.valueOf(600000 + c.index() % 4000) : null);
        m.put("StockType", listed ? "A股" : null);
        m.put("OriginalName", c.formerNames().stream()
                .map(f -> Map.of("Name", f.name(), "ChangeDate", dateTime(f.changedOn()))).toList());
        m.put("ImageUrl", "https://qccdata.qichacha.com/AutoImage/" + c.keyNo() + ".jpg");
        m.put("Industry", industry(c));
        m.put("Area", area(c));
        return m;
    }

    private static Map<String, Object> industry(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("IndustryCode", c.industry().categoryCode());
        m.put("Industry", c.industry().category());
        m.put("SubIndustryCode", c.industry().bigCode());
        m.put("SubIndustry", c.industry().big());
        return m;
    }

    private static Map<String, Object> area(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Province", c.region().province());
        m.put("City", c.region().city());
        m.put("County", c.region().district());
        return m;
    }

    /** Customer/GetList ClientList item. */
    static Map<String, Object> client(CustomerEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Year", e.year());
        m.put("KeyNo", e.customer().keyNo());
        m.put("Name", e.customer().name());
        m.put("ImageUrl", "https://qccdata.qichacha.com/AutoImage/" + e.customer().keyNo() + ".jpg?x-oss-process=image/resize,w_120");
        m.put("SalesAmount", e.salesAmount());
        m.put("SalesPercent", e.salesPercent());
        m.put("Relationship", e.relationship());
        m.put("Source", e.source());
        return m;
    }

    /** findPartnershipRelation partnershipRelationList item. */
    static Map<String, Object> relation(Relation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("companyName", r.companyName());
        m.put("relatedCompanyName", r.relatedCompanyName());
        m.put("amount", r.amount());
        m.put("publicDate", r.publicDate());
        m.put("source", r.source());
        return m;
    }

    static List<String> years(List<CustomerEntry> entries) {
        return entries.stream().map(e -> e.year().substring(0, 4)).distinct().toList();
    }

    private static String dateTime(LocalDate date) {
        return date == null ? null : date + "T00:00:00";
    }
}
