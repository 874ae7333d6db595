package io.qike.crm.integration;

import io.qike.crm.support.TestFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Test helper: the three registry providers (and the test echo endpoint) configured by hand through
 * the integration services, as an administrator would, against the in-process sandbox.
 */
@Component
class Providers {
    static final String QCC_KEY = "demo-qcc-key", QCC_SECRET = "demo-qcc-secret";
    static final String TYC_TOKEN = "demo-tyc-token";
    static final String QX_KEY = "demo-qx-appkey", QX_SECRET = "demo-qx-secret";

    @Autowired ConnectorService connectors;
    @Autowired ConnectionService connections;
    @Autowired ApiInterfaceService interfaces;
    @Autowired ActionFlowService flows;
    @Autowired TestFixtures.Fixtures fixtures;

    long admin;
    int port;

    Providers as(long adminId, int serverPort) {
        this.admin = adminId;
        this.port = serverPort;
        return this;
    }

    <T> T run(Callable<T> work) {
        return fixtures.as(admin, work);
    }

    String base(String path) {
        return "http://localhost:" + port + path;
    }

    long connector(String name) {
        return run(() -> connectors.create(new ConnectorDraft(name + " " + UUID.randomUUID().toString().substring(0, 6), null)).id());
    }

    Connection connection(long connectorId, String path, AuthScheme scheme, String param, String key, String secret,
                          ConnectionLimits limits) {
        return run(() -> connections.create(new ConnectionDraft(connectorId, "连接 " + scheme + " " + UUID.randomUUID().toString().substring(0, 4), base(path), scheme, param, key, secret,
                limits, true)));
    }

    static ConnectionLimits limits(int retries, int breakerWindow, int openSeconds, int budget) {
        return new ConnectionLimits(1000, 3000, retries, 20, 0, 10, null, budget, null, breakerWindow, 100, openSeconds);
    }

    ApiInterface tianyanchaBaseInfo(long connectorId) {
        return run(() -> interfaces.create(new ApiInterfaceDraft(connectorId, "企业基本信息", "baseinfo", "天眼查 1116", "GET",
                "/services/open/ic/baseinfo/normal", List.of(new NameValue("keyword", "${keyword}")), List.of(), BodyType.NONE, null,
                List.of(new InterfaceParam("keyword", "关键字", ParamType.STRING, true)),
                List.of(f("name", "$.result.name", ResultFieldType.STRING), f("creditCode", "$.result.creditCode", ResultFieldType.STRING),
                        f("legalPerson", "$.result.legalPersonName", ResultFieldType.STRING),
                        f("regCapital", "$.result.regCapital", ResultFieldType.STRING),
                        f("establishedOn", "$.result.estiblishTime", ResultFieldType.DATE)),
                new ResultRules("$.error_code", List.of("0"), List.of("300000"), "$.reason"),
                List.of(new CodeMessage("300004", "天眼查访问过快，请稍后再试", true), new CodeMessage("300009", "天眼查账号信息有误，请检查 Token", false),
                        new CodeMessage("300006", "天眼查余额不足", false)))));
    }

    ApiInterface tianyanchaSearch(long connectorId) {
        return run(() -> interfaces.create(new ApiInterfaceDraft(connectorId, "搜索", "search", null, "GET",
                "/services/open/search/2.0", List.of(new NameValue("word", "${keyword}"), new NameValue("pageSize", "${size}")),
                List.of(), BodyType.NONE, null,
                List.of(new InterfaceParam("keyword", "关键字", ParamType.STRING, true), new InterfaceParam("size", null, ParamType.NUMBER, false)),
                List.of(f("total", "$.result.total", ResultFieldType.NUMBER),
                        new ResponseField("items", "结果", "$.result.items", ResultFieldType.LIST, List.of(f("name", "$.name", ResultFieldType.STRING),
                                f("creditCode", "$.creditCode", ResultFieldType.STRING), f("establishedOn", "$.estiblishTime", ResultFieldType.DATE)))),
                new ResultRules("$.error_code", List.of("0"), List.of("300000"), "$.reason"), List.of())));
    }

    ApiInterface qichachaBasic(long connectorId) {
        return run(() -> interfaces.create(new ApiInterfaceDraft(connectorId, "企业工商详情", "basic", null, "GET",
                "/ECIV4/GetBasicDetailsByName", List.of(new NameValue("keyword", "${keyword}")), List.of(), BodyType.NONE, null,
                List.of(new InterfaceParam("keyword", "企业名称", ParamType.STRING, true)),
                List.of(f("name", "$.Result.Name", ResultFieldType.STRING), f("creditCode", "$.Result.CreditCode", ResultFieldType.STRING),
                        f("capital", "$.Result.RegistCapi", ResultFieldType.STRING), f("startDate", "$.Result.StartDate", ResultFieldType.DATE)),
                qichachaRules(), qichachaCodes())));
    }

    static ResultRules qichachaRules() {
        return new ResultRules("$.Status", List.of("200"), List.of("201"), "$.Message");
    }

    static List<CodeMessage> qichachaCodes() {
        return List.of(new CodeMessage("101", "企查查 KEY 无效，请检查连接的 Key", false), new CodeMessage("102", "企查查账户已欠费", false),
                new CodeMessage("120", "企查查系统繁忙，请稍后再试", true), new CodeMessage("208", "此接口不支持此公司类型查询", false));
    }

    ApiInterface qixinBasic(long connectorId) {
        return run(() -> interfaces.create(new ApiInterfaceDraft(connectorId, "工商照面", "basic", null, "GET",
                "/APIService/enterprise/getBasicInfo", List.of(new NameValue("keyword", "${keyword}")), List.of(), BodyType.NONE, null,
                List.of(new InterfaceParam("keyword", "企业名称", ParamType.STRING, true)),
                List.of(f("name", "$.data.name", ResultFieldType.STRING), f("capital", "$.data.regist_capi", ResultFieldType.STRING),
                        f("startDate", "$.data.start_date", ResultFieldType.DATE)),
                new ResultRules("$.status", List.of("200"), List.of("201"), "$.message"),
                List.of(new CodeMessage("205", "启信宝查询过快", true), new CodeMessage("101", "启信宝 AppKey 无效", false)))));
    }

    /** The test echo endpoint: answers {code, method, query, headers, body}. */
    ApiInterface echo(long connectorId, String path) {
        return run(() -> interfaces.create(new ApiInterfaceDraft(connectorId, "回显", "echo" + Math.abs(path.hashCode()), null, "GET",
                path, List.of(new NameValue("q", "${q}")), List.of(), BodyType.NONE, null,
                List.of(new InterfaceParam("q", null, ParamType.STRING, false)),
                List.of(f("query", "$.query", ResultFieldType.OBJECT), f("headers", "$.headers", ResultFieldType.OBJECT)),
                new ResultRules("$.code", List.of("0"), List.of("201"), "$.message"), List.of())));
    }

    /** The seed's flow: a custom-event trigger with {@code keyword}, one call node, one output node with every field. */
    ActionFlow flow(String apiName, ApiInterface api, Long connectionId) {
        List<OutputField> outputs = new ArrayList<>();
        for (ResponseField f : api.definition().fields()) outputs.add(new OutputField(f.name(), f.label(), f.type(), "${call1." + f.name() + "}"));
        return run(() -> flows.create(new ActionFlowDraft(apiName, "动作流 " + apiName, null, true, new FlowDefinition(
                List.of(new InterfaceParam("keyword", "关键字", ParamType.STRING, true)),
                List.of(new FlowNode.Call("call1", api.id(), connectionId, List.of(new NameValue("keyword", "${keyword}")), false, false),
                        new FlowNode.Output("output", outputs, null))))));
    }

    static ResponseField f(String name, String path, ResultFieldType type) {
        return new ResponseField(name, name, path, type, null);
    }
}
