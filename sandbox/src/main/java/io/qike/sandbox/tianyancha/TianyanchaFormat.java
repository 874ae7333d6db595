package io.qike.sandbox.tianyancha;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.qike.sandbox.data.Company;

/** Renders data-set facts in 天眼查's camelCase formats (note the provider's spelling "estiblishTime"). */
final class TianyanchaFormat {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private TianyanchaFormat() {
    }

    static String regCapital(Company c) {
        return c.capitalAmount() + "万" + c.currency();
    }

    /** search/2.0 item; estiblishTime is a string there, unlike in baseinfo. */
    static Map<String, Object> searchItem(Company c, String word) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.tianyanchaId());
        m.put("name", c.name());
        m.put("type", 1);
        m.put("companyType", 1);
        m.put("regStatus", c.status());
        m.put("estiblishTime", c.establishedOn() + " 00:00:00.0");
        m.put("regCapital", regCapital(c));
        m.put("legalPersonName", c.legalPerson());
        m.put("regNumber", c.regNo());
        m.put("creditCode", c.creditCode());
        m.put("orgNumber", c.orgNo());
        m.put("base", c.region().abbr().toLowerCase(Locale.ROOT));
        m.put("matchType", word.equals(c.creditCode()) ? "统一社会信用代码匹配"
                : word.equals(c.regNo()) ? "注册号匹配" : "公司名称匹配");
        return m;
    }

    /** ic/baseinfo/normal result; dates are epoch milliseconds of midnight in China. */
    static Map<String, Object> baseInfo(Company c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.tianyanchaId());
        m.put("name", c.name());
        m.put("alias", c.brand());
        m.put("property3", null);
        m.put("historyNames", c.formerNames().isEmpty() ? null : String.join(";", c.historyNames()));
        m.put("historyNameList", c.historyNames());
        m.put("legalPersonName", c.legalPerson());
        m.put("type", 1);
        m.put("regStatus", c.status());
        m.put("regCapital", regCapital(c));
        m.put("regCapitalCurrency", c.currency());
        m.put("actualCapital", null);
        m.put("actualCapitalCurrency", null);
        m.put("estiblishTime", millis(c.establishedOn()));
        m.put("fromTime", millis(c.establishedOn()));
        m.put("toTime", millis(c.termEnd()));
        m.put("approvedTime", millis(c.approvedOn()));
        m.put("updateTimes", millis(c.approvedOn()));
        m.put("cancelDate", c.status().equals("注销") ? millis(c.closedOn()) : null);
        m.put("cancelReason", null);
        m.put("revokeDate", c.status().equals("吊销") ? millis(c.closedOn()) : null);
        m.put("revokeReason", null);
        m.put("regNumber", c.regNo());
        m.put("creditCode", c.creditCode());
        m.put("orgNumber", c.orgNo());
        m.put("taxNumber", c.creditCode());
        m.put("regInstitute", c.belongOrg());
        m.put("regLocation", c.address());
        m.put("businessScope", c.scope());
        m.put("companyOrgType", c.econKind());
        m.put("industry", c.industry().big());
        Map<String, Object> industryAll = new LinkedHashMap<>();
        industryAll.put("category", c.industry().category());
        industryAll.put("categoryBig", c.industry().big());
        industryAll.put("categoryMiddle", null);
        industryAll.put("categorySmall", null);
        m.put("industryAll", industryAll);
        m.put("base", c.region().abbr().toLowerCase(Locale.ROOT));
        m.put("city", c.region().city());
        m.put("district", c.region().district().isEmpty() ? null : c.region().district());
        m.put("staffNumRange", staffRange(c.staff()));
        m.put("socialStaffNum", c.staff());
        m.put("percentileScore", Math.floorMod(c.keyNo().hashCode(), 10_000));
        m.put("isMicroEnt", c.staff() < 20 ? 1 : 0);
        m.put("compForm", null);
        m.put("tags", null);
        m.put("bondNum", null);
        m.put("bondName", null);
        m.put("bondType", null);
        m.put("usedBondName", null);
        return m;
    }

    /** ic/baseinfoV2/2.0 result: baseinfo plus contacts. */
    static Map<String, Object> baseInfoV2(Company c) {
        Map<String, Object> m = baseInfo(c);
        m.put("phoneNumber", c.phone());
        m.put("email", c.email());
        m.put("websiteList", c.website());
        return m;
    }

    private static String staffRange(int staff) {
        return staff < 50 ? "小于50人" : staff < 100 ? "50-99人" : staff < 500 ? "100-499人"
                : staff < 1000 ? "500-999人" : "1000-4999人";
    }

    private static Long millis(LocalDate date) {
        return date == null ? null : date.atStartOfDay(CHINA).toInstant().toEpochMilli();
    }
}
