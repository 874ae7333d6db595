package io.qike.crm.registry.mapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region (所在地区) of a company from its registered address or the provider's province field,
 * written as the customer list shows it: "浙江省杭州市" (province and city), "上海市浦东新区" for the
 * four municipalities, "广东省" when only the province is known. Registries write addresses from the
 * province down, so the leading words are enough; no external geocoding (and no cost).
 */
public final class Regions {
    /** Full province-level names by the abbreviation providers use (企查查 "GD", 天眼查 "gd", 启信宝 "GD"). */
    private static final Map<String, String> PROVINCES = new LinkedHashMap<>();
    private static final Pattern CITY = Pattern.compile("^(.{1,8}?(?:自治州|地区|盟|市))");
    private static final Pattern DISTRICT = Pattern.compile("^(.{1,6}?(?:新区|区|县))");

    static {
        String[] table = {"BJ北京市", "TJ天津市", "HE河北省", "SX山西省", "NM内蒙古自治区", "LN辽宁省", "JL吉林省", "HL黑龙江省",
                "SH上海市", "JS江苏省", "ZJ浙江省", "AH安徽省", "FJ福建省", "JX江西省", "SD山东省", "HA河南省", "HB湖北省", "HN湖南省",
                "GD广东省", "GX广西壮族自治区", "HI海南省", "CQ重庆市", "SC四川省", "GZ贵州省", "YN云南省", "XZ西藏自治区", "SN陕西省",
                "GS甘肃省", "QH青海省", "NX宁夏回族自治区", "XJ新疆维吾尔自治区", "TW台湾省", "HK香港特别行政区", "MO澳门特别行政区"};
        for (String t : table) PROVINCES.put(t.substring(0, 2), t.substring(2));
    }

    private Regions() {
    }

    /** The region of an address (or of a region or province text); null when none is recognised. */
    public static String of(String text) {
        if (text == null) return null;
        String s = text.replaceAll("\\s+", "");
        if (s.isEmpty()) return null;
        String byCode = PROVINCES.get(s.toUpperCase(Locale.ROOT));
        if (byCode != null) return byCode;
        for (String province : PROVINCES.values()) {
            String head = head(s, province);
            if (head == null) continue;
            String rest = s.substring(head.length());
            if (municipality(province)) return province + match(DISTRICT, rest);
            String city = match(CITY, rest);
            return province + (city.equals(province) ? "" : city);
        }
        return match(CITY, s).isEmpty() ? null : match(CITY, s);
    }

    /** The province-level name for a provider's abbreviation, or null. */
    public static String province(String abbreviation) {
        return abbreviation == null ? null : PROVINCES.get(abbreviation.trim().toUpperCase(Locale.ROOT));
    }

    /** The address's beginning that names the province: the full name, or the short one ("广东", "内蒙古"). */
    private static String head(String s, String province) {
        if (s.startsWith(province)) return province;
        String shortName = province.replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "");
        return s.startsWith(shortName) && shortName.length() >= 2 ? shortName : null;
    }

    private static boolean municipality(String province) {
        return province.equals("北京市") || province.equals("上海市") || province.equals("天津市") || province.equals("重庆市");
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : "";
    }
}
