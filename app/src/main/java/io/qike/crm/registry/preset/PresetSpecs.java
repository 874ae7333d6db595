package io.qike.crm.registry.preset;

import static io.qike.crm.registry.preset.PresetSpec.date;
import static io.qike.crm.registry.preset.PresetSpec.list;
import static io.qike.crm.registry.preset.PresetSpec.object;
import static io.qike.crm.registry.preset.PresetSpec.q;
import static io.qike.crm.registry.preset.PresetSpec.text;

import io.qike.crm.integration.ResultRules;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySearch;
import java.util.List;

/**
 * The three providers' APIs as documented in the provider reference (paths, parameter names,
 * envelopes, field names including the providers' own spellings such as 天眼查 {@code estiblishTime}).
 * Dates are declared DATE so every documented format arrives as yyyy-MM-dd; money, status and region
 * stay as the provider wrote them and are converted by the field mapping.
 */
final class PresetSpecs {
    private PresetSpecs() {
    }

    static PresetSpec of(RegistryProvider provider) {
        return switch (provider) {
            case QICHACHA -> qichacha();
            case TIANYANCHA -> tianyancha();
            case QIXIN -> qixin();
        };
    }

    /**
     * 企查查: FuzzySearch/GetList (api 886, searchKey, 1-based pageIndex, pageSize; total in Paging.TotalRecords) and
     * ECIV4/GetBasicDetailsByName.
     */
    private static PresetSpec qichacha() {
        return new PresetSpec("/FuzzySearch/GetList", List.of(q("searchKey", "${keyword}"), q("pageIndex", "${pageIndex}"),
                q("pageSize", String.valueOf(RegistrySearch.PAGE_SIZE))), "pageIndex",
                "$.Paging.TotalRecords", "$.Result",
                List.of(text("name", "$.Name"), text("creditCode", "$.CreditCode"), text("legalPerson", "$.OperName"),
                        text("status", "$.Status"), date("establishedOn", "$.StartDate"), text("address", "$.Address"),
                        text("regNo", "$.No")),
                "/ECIV4/GetBasicDetailsByName", List.of(q("keyword", "${keyword}")),
                List.of(text("name", "$.Result.Name"), text("creditCode", "$.Result.CreditCode"),
                        text("legalPerson", "$.Result.OperName"), text("registeredCapital", "$.Result.RegistCapi"),
                        date("establishedOn", "$.Result.StartDate"), text("status", "$.Result.Status"),
                        text("address", "$.Result.Address"), text("province", "$.Result.Province"),
                        text("city", "$.Result.Area.City"), text("industry", "$.Result.Industry.SubIndustry"),
                        text("businessScope", "$.Result.Scope"), text("companyType", "$.Result.EconKind"),
                        text("registrationAuthority", "$.Result.BelongOrg"), text("regNo", "$.Result.No"),
                        text("orgNo", "$.Result.OrgNo"), text("phone", "$.Result.ContactInfo.PhoneNumber"),
                        text("email", "$.Result.ContactInfo.Email"), text("website", "$.Result.ContactInfo.WebSite[0].Url"),
                        list("formerNames", "$.Result.OriginalName[*].Name"), object("raw", "$.Result")),
                new ResultRules("$.Status", List.of("200"), List.of("201"), "$.Message"));
    }

    /** 天眼查: search/2.0 (816, word, pageNum from 1, max 20 a page; result.total) and ic/baseinfoV2/2.0 (818: base info with contacts). */
    private static PresetSpec tianyancha() {
        return new PresetSpec("/services/open/search/2.0", List.of(q("word", "${keyword}"),
                q("pageSize", String.valueOf(RegistrySearch.PAGE_SIZE)), q("pageNum", "${pageNum}")), "pageNum",
                "$.result.total", "$.result.items",
                List.of(text("name", "$.name"), text("creditCode", "$.creditCode"), text("legalPerson", "$.legalPersonName"),
                        text("status", "$.regStatus"), date("establishedOn", "$.estiblishTime"), text("province", "$.base"),
                        text("regNo", "$.regNumber")),
                "/services/open/ic/baseinfoV2/2.0", List.of(q("keyword", "${keyword}")),
                List.of(text("name", "$.result.name"), text("creditCode", "$.result.creditCode"),
                        text("legalPerson", "$.result.legalPersonName"), text("registeredCapital", "$.result.regCapital"),
                        date("establishedOn", "$.result.estiblishTime"), text("status", "$.result.regStatus"),
                        text("address", "$.result.regLocation"), text("province", "$.result.base"),
                        text("city", "$.result.city"), text("industry", "$.result.industry"),
                        text("businessScope", "$.result.businessScope"), text("companyType", "$.result.companyOrgType"),
                        text("registrationAuthority", "$.result.regInstitute"), text("regNo", "$.result.regNumber"),
                        text("orgNo", "$.result.orgNumber"), text("phone", "$.result.phoneNumber"),
                        text("email", "$.result.email"), text("website", "$.result.websiteList"),
                        list("formerNames", "$.result.historyNameList"), object("raw", "$.result")),
                new ResultRules("$.error_code", List.of("0"), List.of("300000"), "$.reason"));
    }

    /** 启信宝: 1.31 advSearch (skip offset, 20 a page; data.total) and 1.41 getBasicInfo (工商照面); no contacts in either. */
    private static PresetSpec qixin() {
        return new PresetSpec("/APIService/v2/search/advSearch", List.of(q("keyword", "${keyword}"), q("skip", "${skip}")), "skip",
                "$.data.total", "$.data.items",
                List.of(text("name", "$.name"), text("creditCode", "$.credit_no"), text("legalPerson", "$.oper_name"),
                        text("status", "$.status"), date("establishedOn", "$.start_date"), text("regNo", "$.reg_no")),
                "/APIService/enterprise/getBasicInfo", List.of(q("keyword", "${keyword}")),
                List.of(text("name", "$.data.name"), text("creditCode", "$.data.credit_no"),
                        text("legalPerson", "$.data.oper_name"), text("registeredCapital", "$.data.regist_capi"),
                        date("establishedOn", "$.data.start_date"), text("status", "$.data.status"),
                        text("address", "$.data.address"), text("province", "$.data.province"),
                        text("city", "$.data.city"), text("industry", "$.data.domains[1]"),
                        text("businessScope", "$.data.scope"), text("companyType", "$.data.econ_kind"),
                        text("registrationAuthority", "$.data.belong_org"), text("regNo", "$.data.reg_no"),
                        text("orgNo", "$.data.org_no"), list("formerNames", "$.data.history_names"), object("raw", "$.data")),
                new ResultRules("$.status", List.of("200"), List.of("201"), "$.message"));
    }
}
