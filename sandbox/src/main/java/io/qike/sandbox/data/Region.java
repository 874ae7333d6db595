package io.qike.sandbox.data;

/**
 * Where a company is registered. {@code code} is the 6-digit administrative division code that
 * also appears in characters 3-8 of the credit code and at the start of the registration number.
 *
 * @param code       administrative division code (GB/T 2260), e.g. "440305"
 * @param province   full province name, e.g. "广东省" (municipalities: "北京市")
 * @param abbr       upper-case province abbreviation as the providers use it, e.g. "GD"
 * @param city       city name with suffix, e.g. "深圳市"
 * @param district   district name, e.g. "南山区"; empty for cities without districts (东莞市)
 * @param phoneArea  telephone area code, e.g. "0755"
 */
public record Region(String code, String province, String abbr, String city, String district, String phoneArea) {

    /** City without its 市 suffix, as used as a name prefix ("深圳华腾科技有限公司"). */
    public String shortCity() {
        return city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
    }

    /** Province without 省/市/自治区 suffixes ("广东"). */
    public String shortProvince() {
        String p = province;
        for (String suffix : new String[] {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"}) {
            if (p.endsWith(suffix)) {
                return p.substring(0, p.length() - suffix.length());
            }
        }
        return p;
    }

    /** True for 北京/上海/天津/重庆, whose province and city names coincide. */
    public boolean municipality() {
        return province.equals(city);
    }
}
