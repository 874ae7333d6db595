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

    /** The detail outputs every preset flow has, in order; 启信宝 has no contacts (its 工商照面 carries none). */
    public static List<String> detailOutputs(RegistryProvider p) {
        return PresetSpecs.of(p).detail().stream().map(ResponseField::name).toList();
    }

    public static Preset preset(RegistryProvider p, String providerName, String baseUrl, String apiKey, String secretKey,
                                ConnectionLimits limits) {
        PresetSpec spec = PresetSpecs.of(p);
        List<InterfaceParam> keyword = List.of(new InterfaceParam(KEYWORD, "关键字", ParamType.STRING, true));
        ApiInterfaceDraft search = new ApiInterfaceDraft(null, providerName + " 企业搜索", SEARCH_API,
                "工商信息：按名称、统一社会信用代码或注册号查找企业（由工商信息设置生成）", "GET", spec.searchPath(), spec.searchQuery(),
                List.of(), BodyType.NONE, null, keyword,
                List.of(new ResponseField("total", PresetSpec.label("total"), spec.totalPath(), ResultFieldType.NUMBER, null),
                        new ResponseField("items", PresetSpec.label("items"), spec.itemsPath(), ResultFieldType.LIST, spec.items())),
                spec.rules(), ProviderCodes.codeMessages(p));
        ApiInterfaceDraft detail = new ApiInterfaceDraft(null, providerName + " 企业工商信息", DETAIL_API,
                "工商信息：按企业全名、统一社会信用代码或注册号取工商照面（由工商信息设置生成）", "GET", spec.detailPath(),
                spec.detailQuery(), List.of(), BodyType.NONE, null, keyword, spec.detail(), spec.rules(), ProviderCodes.codeMessages(p));
        return new Preset(p.presetKey(), p.connector(providerName, "工商信息与企业数据接口"),
                p.connection(providerName + " 连接", baseUrl, apiKey, secretKey, limits), List.of(search, detail),
                installed -> List.of(
                        flow(searchFlow(p), providerName + " 工商搜索", installed.interfaceId(SEARCH_API), installed.connectionId(), keyword,
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
                List.of(new FlowNode.Call("call1", interfaceId, connectionId, List.of(new NameValue(KEYWORD, "${" + KEYWORD + "}")), false, false),
                        new FlowNode.Output("output", outputs, null))));
    }
}
