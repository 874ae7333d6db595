package io.qike.crm.intel.setup;

import io.qike.crm.integration.ActionFlowDraft;
import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.BodyType;
import io.qike.crm.integration.CodeMessage;
import io.qike.crm.integration.ConnectionDraft;
import io.qike.crm.integration.ConnectorDraft;
import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.FlowDefinition;
import io.qike.crm.integration.FlowNode;
import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.OutputField;
import io.qike.crm.integration.ParamType;
import io.qike.crm.integration.Preset;
import io.qike.crm.platform.Permission;
import io.qike.crm.integration.ResponseField;
import io.qike.crm.integration.ResultRules;
import io.qike.crm.intel.provider.QichachaFlows;
import io.qike.crm.registry.ProviderCodes;
import io.qike.crm.registry.RegistryProvider;
import java.util.List;

/**
 * Intel's part of the shared 企查查 preset: the two interfaces exactly as Qichacha documents them (客户查询
 * V1.0: PascalCase envelope with Paging; 合作关系挖掘: lower-case envelope {status, msg, result}) and one flow
 * over each. Everything is named {@code intel_…}, so installing it never touches the registry module's parts.
 */
final class QichachaIntelPreset {
    static final String CUSTOMERS_API = "intel_customer_getlist";
    static final String PARTNERSHIP_API = "intel_find_partnership_relation";

    private QichachaIntelPreset() {
    }

    static Preset preset(ConnectionDraft connection) {
        return new Preset(RegistryProvider.QICHACHA.presetKey(), new ConnectorDraft("企查查", "企查查：工商信息与关系数据（客户查询、合作关系挖掘）"),
                connection, List.of(customers(), partnerships()), installed -> List.of(
                        customersFlow(installed.interfaceId(CUSTOMERS_API), installed.connectionId()),
                        partnershipFlow(installed.interfaceId(PARTNERSHIP_API), installed.connectionId())));
    }

    /** GET /api/yj/Customer/GetList?searchKey=&year=&pageIndex=&pageSize= (pageSize at most 50). */
    static ApiInterfaceDraft customers() {
        return new ApiInterfaceDraft(null, "客户查询", CUSTOMERS_API, "企查查 客户查询 Customer/GetList（每页最多 50 条）", "GET",
                "/api/yj/Customer/GetList", List.of(q("searchKey"), q("year"), q("pageIndex"), q("pageSize")), List.of(),
                BodyType.NONE, null, List.of(param("searchKey", "公司名、注册号、统一社会信用代码或 KeyNo", ParamType.STRING, true),
                        param("year", "年份", ParamType.STRING, false), param("pageIndex", "页码", ParamType.NUMBER, false),
                        param("pageSize", "每页条数", ParamType.NUMBER, false)),
                List.of(field("orderNumber", "订单号", "$.OrderNumber", ResultFieldType.STRING),
                        field("total", "总条数", "$.Paging.TotalRecords", ResultFieldType.NUMBER),
                        field("pageIndex", "页码", "$.Paging.PageIndex", ResultFieldType.NUMBER),
                        field("pageSize", "每页条数", "$.Paging.PageSize", ResultFieldType.NUMBER),
                        new ResponseField("years", "年份列表", "$.Result.YearList", ResultFieldType.LIST, null),
                        new ResponseField("clients", "客户列表", "$.Result.ClientList", ResultFieldType.LIST, List.of(
                                field("year", "年份", "$.Year", ResultFieldType.STRING), field("keyNo", "KeyNo", "$.KeyNo", ResultFieldType.STRING),
                                field("name", "客户名称", "$.Name", ResultFieldType.STRING), field("imageUrl", "Logo", "$.ImageUrl", ResultFieldType.STRING),
                                field("salesAmount", "销售金额（万元）", "$.SalesAmount", ResultFieldType.STRING),
                                field("salesPercent", "销售占比", "$.SalesPercent", ResultFieldType.STRING),
                                field("relationship", "关联关系", "$.Relationship", ResultFieldType.STRING),
                                field("source", "来源", "$.Source", ResultFieldType.STRING)))),
                new ResultRules("$.Status", List.of("200"), List.of("201"), "$.Message"), codes());
    }

    /** GET /api/corp/correlation/findPartnershipRelation?companyNames=A,B,… (at most 20 names). */
    static ApiInterfaceDraft partnerships() {
        return new ApiInterfaceDraft(null, "合作关系挖掘", PARTNERSHIP_API, "企查查 合作关系挖掘 findPartnershipRelation（每次最多 20 家企业）",
                "GET", "/api/corp/correlation/findPartnershipRelation", List.of(q("companyNames")), List.of(), BodyType.NONE, null,
                List.of(param("companyNames", "公司名称（英文逗号分隔）", ParamType.STRING, true)),
                List.of(field("requestId", "请求 ID", "$.result.requestId", ResultFieldType.STRING),
                        field("companyNames", "公司名称", "$.result.companyNames", ResultFieldType.STRING),
                        new ResponseField("relations", "关联关系", "$.result.partnershipRelationList", ResultFieldType.LIST, List.of(
                                field("companyName", "公司名称", "$.companyName", ResultFieldType.STRING),
                                field("relatedCompanyName", "关联公司名称", "$.relatedCompanyName", ResultFieldType.STRING),
                                field("amount", "合作金额（万元）", "$.amount", ResultFieldType.STRING),
                                field("publicDate", "报告期/公开时间", "$.publicDate", ResultFieldType.STRING),
                                field("source", "公开来源", "$.source", ResultFieldType.STRING)))),
                new ResultRules("$.status", List.of("200"), List.of("201"), "$.msg"), codes());
    }

    static ActionFlowDraft customersFlow(long interfaceId, long connectionId) {
        List<String> inputs = List.of("searchKey", "year", "pageIndex", "pageSize");
        return new ActionFlowDraft(QichachaFlows.CUSTOMERS, "企查查客户查询（关系数据）", "一页客户列表；关系数据模块按页调用并合并", true,
                new FlowDefinition(customers().params(), List.of(
                        new FlowNode.Call("qcc", interfaceId, connectionId, inputs.stream().map(n -> new NameValue(n, "${" + n + "}")).toList(),
                                false, false),
                        new FlowNode.Output("out", List.of(out("orderNumber", ResultFieldType.STRING), out("total", ResultFieldType.NUMBER),
                                out("pageIndex", ResultFieldType.NUMBER), out("pageSize", ResultFieldType.NUMBER), out("years", ResultFieldType.LIST),
                                out("clients", ResultFieldType.LIST)), null))), Permission.INTEL_MINE);
    }

    static ActionFlowDraft partnershipFlow(long interfaceId, long connectionId) {
        return new ActionFlowDraft(QichachaFlows.PARTNERSHIPS, "企查查合作关系挖掘（关系数据）", "一次调用，最多 20 家企业", true,
                new FlowDefinition(partnerships().params(), List.of(
                        new FlowNode.Call("qcc", interfaceId, connectionId, List.of(new NameValue("companyNames", "${companyNames}")),
                                false, false),
                        new FlowNode.Output("out", List.of(out("requestId", ResultFieldType.STRING), out("companyNames", ResultFieldType.STRING),
                                out("relations", ResultFieldType.LIST)), null))), Permission.INTEL_MINE); // paid, as 关系挖掘
    }

    /** The codes of the two documents, with the messages and retry flags the registry's lookups use too. */
    private static List<CodeMessage> codes() {
        return ProviderCodes.codeMessages(RegistryProvider.QICHACHA, ProviderCodes.QICHACHA_RELATION_CODES);
    }

    private static NameValue q(String name) {
        return new NameValue(name, "${" + name + "}");
    }

    private static InterfaceParam param(String name, String label, ParamType type, boolean required) {
        return new InterfaceParam(name, label, type, required);
    }

    private static ResponseField field(String name, String label, String path, ResultFieldType type) {
        return new ResponseField(name, label, path, type, null);
    }

    private static OutputField out(String name, ResultFieldType type) {
        return new OutputField(name, name, type, "${qcc." + name + "}");
    }
}
