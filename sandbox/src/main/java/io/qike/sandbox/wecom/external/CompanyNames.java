package io.qike.sandbox.wecom.external;

import java.util.regex.Pattern;

/** Derives the short name WeCom shows as corp_name from a full registered name (corp_full_name). */
public final class CompanyNames {
    private static final Pattern REGION = Pattern.compile(
            "^(北京|上海|天津|重庆|深圳|广州|杭州|苏州|南京|成都|武汉|西安|宁波|无锡|佛山|东莞|合肥|厦门|青岛|长沙|郑州"
                    + "|[\\p{IsHan}]{2,3}省|[\\p{IsHan}]{2,3}市)(市)?");
    private static final Pattern FORM = Pattern.compile(
            "(股份有限公司|有限责任公司|有限公司|集团|（[^）]*）|\\([^)]*\\))+$");

    private CompanyNames() {
    }

    public static String shortName(String fullName) {
        String s = FORM.matcher(fullName.trim()).replaceAll("");
        s = REGION.matcher(s).replaceFirst("");
        if (s.length() > 4) {
            s = s.substring(0, 4);
        }
        return s.isEmpty() ? fullName : s;
    }
}
