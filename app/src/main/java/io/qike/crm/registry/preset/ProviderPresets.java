package io.qike.crm.registry.preset;

import io.qike.crm.integration.ActionFlowDraft;
import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.BodyType;
import io.qike.crm.integration.ConnectionLimits;
import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.FlowDefinition;
import io.qike.crm.integration.FlowNode;
import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.OutputField;
import io.qike.crm.integration.ParamType;
import io.qike.crm.integration.Preset;
import io.qike.crm.integration.ResponseField;
import io.qike.crm.platform.Permission;
import io.qike.crm.registry.ProviderCodes;
import io.qike.crm.registry.RegistryProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The 初始化动作流 of the seed: for one provider, the connector and connection (shared with other
 * modules through {@link RegistryProvider#presetKey()}), a search and a detail interface, and one
 * action flow over each, with a custom-event trigger taking {@code keyword}.
 */
public final class ProviderPresets {
    public static final String KEYWORD = "keyword";
    /** The search flow's list output: one map per hit with name, creditCode, legalPerson, status, establishedOn... */
    public static final String CANDIDATES = "candidates";
    static final String SEARCH_API = "registry.search", DETAIL_API = "registry.detail";

    private ProviderPresets() {
    }

    public static String searchFlow(RegistryProvider p) {
        return "registry." + p.code() + ".search";
    }

    public static String detailFlow(RegistryProvider p) {
        return "registry." + p.code() + ".detail";
    }

    /** The search flow's paging input, named as the provider's API names it (企查查 pageIndex, 天眼查 pageNum, 启信宝 skip). */
    public static String pageInput(RegistryProvider p) {
        return PresetSpecs.of(p).pageParam();
    }

    /** The value of {@link #pageInput} for a page from 1: the page itself, or for 启信宝 the offset of its first hit. */
    public static String pageValue(RegistryProvider p, int page) {
        int from1 = Math.max(page, 1);
        return p == RegistryProvider.QIXIN ? String.valueOf((from1 - 1) * io.qike.crm.registry.RegistrySearch.PAGE_SIZE)
                : String.valueOf(from1);
    }

    /**
     * The former names (曾用名) in a provider's own company object as kept on the customer: 企查查 OriginalName[].Name,
     * 天眼查 historyNameList (or historyNames joined by ";"), 启信宝 history_names.
     */
    public static List<String> formerNames(RegistryProvider p, java.util.Map<String, Object> record) {
        if (p == null || record == null) return List.of();
        Object v = switch (p) {
            case QICHACHA -> record.get("OriginalName");
            case TIANYANCHA -> record.get("historyNameList") != null ? record.get("historyNameList") : record.get("historyNames");
            case QIXIN -> record.get("history_names");
        };
        return names(v);
    }

    /** Names from a list (of names, or of objects with Name / name) or from text joined by ; or ,. */
    public static List<String> names(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                Object n = o instanceof java.util.Map<?, ?> m ? (m.get("Name") != null ? m.get("Name") : m.get("name")) : o;
                if (n != null && !n.toString().isBlank()) out.add(n.toString().strip());
            }
        } else if (v instanceof String s) {
            for (String n : s.split("[;；,，]")) if (!n.isBlank()) out.add(n.strip());
        }
        return out;
    }

    /** The detail outputs every preset flow has, in order; 启信宝 has no contacts (its 工商照面 carries none). */
    public static List<String> detailOutputs(RegistryProvider p) {
        return PresetSpecs.of(p).detail().stream().map(ResponseField::name).toList();
    }

    public static Preset preset(RegistryProvider p, String providerName, String baseUrl, String apiKey, String secretKey,
                                ConnectionLimits limits) {
        PresetSpec spec = PresetSpecs.of(p);
        List<InterfaceParam> keyword = List.of(new InterfaceParam(KEYWORD, "关键字", ParamType.STRING, true));
        List<InterfaceParam> paged = List.of(keyword.get(0), new InterfaceParam(spec.pageParam(), "分页", ParamType.STRING, false));
        ApiInterfaceDraft search = new ApiInterfaceDraft(null, providerName + " 企业搜索", SEARCH_API,
                "工商信息：按名称、统一社会信用代码或注册号查找企业（由工商信息设置生成）", "GET", spec.searchPath(), spec.searchQuery(),
                List.of(), BodyType.NONE, null, paged,
                List.of(new ResponseField("total", PresetSpec.label("total"), spec.totalPath(), ResultFieldType.NUMBER, null),
                        new ResponseField("items", PresetSpec.label("items"), spec.itemsPath(), ResultFieldType.LIST, spec.items())),
                spec.rules(), ProviderCodes.codeMessages(p));
        ApiInterfaceDraft detail = new ApiInterfaceDraft(null, providerName + " 企业工商信息", DETAIL_API,
                "工商信息：按企业全名、统一社会信用代码或注册号取工商照面（由工商信息设置生成）", "GET", spec.detailPath(),
                spec.detailQuery(), List.of(), BodyType.NONE, null, keyword, spec.detail(), spec.rules(), ProviderCodes.codeMessages(p));
        return new Preset(p.presetKey(), p.connector(providerName, "工商信息与企业数据接口"),
                p.connection(providerName + " 连接", baseUrl, apiKey, secretKey, limits), List.of(search, detail),
                installed -> List.of(
                        flow(searchFlow(p), providerName + " 工商搜索", installed.interfaceId(SEARCH_API), installed.connectionId(), paged,
                                List.of(new OutputField(CANDIDATES, "候选企业", ResultFieldType.LIST, "${call1.items}"),
                                        new OutputField("total", PresetSpec.label("total"), ResultFieldType.NUMBER, "${call1.total}"))),
                        flow(detailFlow(p), providerName + " 工商详情", installed.interfaceId(DETAIL_API), installed.connectionId(), keyword,
                                outputs(spec.detail()))));
    }

    private static List<OutputField> outputs(List<ResponseField> fields) {
        List<OutputField> out = new ArrayList<>();
        for (ResponseField f : fields) out.add(new OutputField(f.name(), f.label(), f.type(), "${call1." + f.name() + "}"));
        return out;
    }

    private static ActionFlowDraft flow(String apiName, String name, long interfaceId, long connectionId,
                                        List<InterfaceParam> inputs, List<OutputField> outputs) {
        return new ActionFlowDraft(apiName, name, "工商信息设置生成的动作流：自定义事件触发，入参 keyword", true, new FlowDefinition(inputs,
                List.of(new FlowNode.Call("call1", interfaceId, connectionId,
                                inputs.stream().map(i -> new NameValue(i.name(), "${" + i.name() + "}")).toList(), false, false),
                        new FlowNode.Output("output", outputs, null))), Permission.REGISTRY_LOOKUP); // a paid lookup, as 工商查询
    }
}
