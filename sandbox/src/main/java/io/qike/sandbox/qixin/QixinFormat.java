package io.qike.sandbox.qixin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qike.sandbox.data.Company;

/** Renders data-set facts in 启信宝's snake_case formats; dates are "YYYY-MM-DD". */
final class QixinFormat {

    private QixinFormat() {
    }

    static String registCapi(Company c) {
        return c.capitalAmount() + "万" + c.currency();
    }

    /** advSearch item. */
    static Map<String, Object> searchItem(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.qixinId());
        m.put("name", c.name());
        m.put("credit_no", c.creditCode());
        m.put("reg_no", c.regNo());
        m.put("oper_name", c.legalPerson());
        m.put("start_date", date(c.establishedOn()));
        m.put("status", c.status());
        return m;
    }

    /** getBasicInfo data (工商照面). */
    static Map<String, Object> basicInfo(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.qixinId());
        m.put("name", c.name());
        m.put("credit_no", c.creditCode());
        m.put("reg_no", c.regNo());
        m.put("org_no", c.orgNo());
        m.put("oper_name", c.legalPerson());
        m.put("econ_kind", c.econKind());
        m.put("regist_capi", registCapi(c));
        m.put("address", c.address());
        m.put("scope", c.scope());
        m.put("status", c.status());
        m.put("start_date", date(c.establishedOn()));
        m.put("term_start", date(c.establishedOn()));
        m.put("term_end", date(c.termEnd()));
        m.put("check_date", date(c.approvedOn()));
        m.put("end_date", date(c.closedOn()));
        m.put("belong_org", c.belongOrg());
        m.put("province", c.region().abbr());
        m.put("city", c.region().city());
        m.put("domains", List.of(c.industry().category(), c.industry().big()));
        m.put("history_names", c.historyNames());
        return m;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
