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
    /** The same by the first two digits of the administrative division code (GB/T 2260). */
    private static final Map<String, String> DIVISIONS = new LinkedHashMap<>();
    private static final Pattern CITY = Pattern.compile("^(.{1,8}?(?:自治州|地区|盟|市))");
    private static final Pattern DISTRICT = Pattern.compile("^(.{1,6}?(?:新区|区|县))");

    static {
        String[] table = {"11BJ北京市", "12TJ天津市", "13HE河北省", "14SX山西省", "15NM内蒙古自治区", "21LN辽宁省", "22JL吉林省",
                "23HL黑龙江省", "31SH上海市", "32JS江苏省", "33ZJ浙江省", "34AH安徽省", "35FJ福建省", "36JX江西省", "37SD山东省",
                "41HA河南省", "42HB湖北省", "43HN湖南省", "44GD广东省", "45GX广西壮族自治区", "46HI海南省", "50CQ重庆市", "51SC四川省",
                "52GZ贵州省", "53YN云南省", "54XZ西藏自治区", "61SN陕西省", "62GS甘肃省", "63QH青海省", "64NX宁夏回族自治区",
                "65XJ新疆维吾尔自治区", "71TW台湾省", "81HK香港特别行政区", "82MO澳门特别行政区"};
        for (String t : table) {
            PROVINCES.put(t.substring(2, 4), t.substring(4));
            DIVISIONS.put(t.substring(0, 2), t.substring(4));
        }
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

    /**
     * The province of a unified social credit code: characters 3-8 are the registering authority's
     * administrative division (GB 32100), so the 3rd and 4th name the province. For search hits that
     * carry no address (启信宝 advSearch).
     */
    public static String ofCreditCode(String creditCode) {
        return creditCode == null || creditCode.length() != 18 ? null : DIVISIONS.get(creditCode.substring(2, 4));
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
