package io.qike.crm.registry.preset;

import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.ResponseField;
import io.qike.crm.integration.ResultRules;
import java.util.List;

/**
 * How one provider's search and detail APIs look on the wire, in the names Qike uses for every
 * provider: the same output names (name, creditCode, legalPerson, ...) whatever the provider calls
 * them, so that one default mapping serves all three and a company gives the same customer card.
 *
 * @param searchPath   the company search API (企业模糊搜索)
 * @param searchQuery  its query parameters; {@code ${keyword}} is the flow's keyword, {@code ${<pageParam>}} the page
 * @param pageParam    the search API's paging parameter: 企查查 pageIndex and 天眼查 pageNum (pages from 1), 启信宝 skip (an offset)
 * @param totalPath    where the number of hits is
 * @param itemsPath    where the list of hits is
 * @param items        each hit's fields, paths relative to the hit
 * @param detailPath   the company detail API (工商照面 / 企业基本信息)
 * @param detailQuery  its query parameters
 * @param detail       the detail fields; {@code raw} is the provider's whole company object
 * @param rules        success / no-result rules of the provider's envelope
 */
record PresetSpec(String searchPath, List<NameValue> searchQuery, String pageParam, String totalPath, String itemsPath,
                  List<ResponseField> items, String detailPath, List<NameValue> detailQuery, List<ResponseField> detail,
                  ResultRules rules) {

    static ResponseField text(String name, String path) {
        return new ResponseField(name, label(name), path, ResultFieldType.STRING, null);
    }

    static ResponseField date(String name, String path) {
        return new ResponseField(name, label(name), path, ResultFieldType.DATE, null);
    }

    static ResponseField list(String name, String path) {
        return new ResponseField(name, label(name), path, ResultFieldType.LIST, null);
    }

    static ResponseField object(String name, String path) {
        return new ResponseField(name, label(name), path, ResultFieldType.OBJECT, null);
    }

    static NameValue q(String name, String value) {
        return new NameValue(name, value);
    }

    /** The Chinese label shown in the integration centre's response tab (the preset's own documentation). */
    static String label(String name) {
        return switch (name) {
            case "name" -> "企业名称";
            case "creditCode" -> "统一社会信用代码";
            case "legalPerson" -> "法定代表人";
            case "status" -> "登记状态";
            case "establishedOn" -> "成立日期";
            case "registeredCapital" -> "注册资本";
            case "address" -> "注册地址";
            case "province" -> "省份";
            case "city" -> "城市";
            case "industry" -> "行业";
            case "businessScope" -> "经营范围";
            case "companyType" -> "企业类型";
            case "registrationAuthority" -> "登记机关";
            case "regNo" -> "注册号";
            case "orgNo" -> "组织机构代码";
            case "phone" -> "电话";
            case "email" -> "邮箱";
            case "website" -> "网址";
            case "formerNames" -> "曾用名";
            case "raw" -> "原始数据";
            case "total" -> "结果总数";
            case "items" -> "结果列表";
            default -> name;
        };
    }
}
