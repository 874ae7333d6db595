package io.qike.sandbox.wecom.callback;

import java.util.Map;

/**
 * Event messages as WeCom sends them: CDATA for strings, bare numbers for CreateTime and AgentID.
 * The encrypted envelope carries ToUserName, AgentID and Encrypt.
 */
public final class EventXml {
    private EventXml() {
    }

    public static String event(String corpId, long createTime, Integer agentId, String event, Map<String, String> fields) {
        StringBuilder x = new StringBuilder("<xml>");
        x.append(cdata("ToUserName", corpId)).append(cdata("FromUserName", "sys"));
        x.append("<CreateTime>").append(createTime).append("</CreateTime>");
        x.append(cdata("MsgType", "event"));
        if (agentId != null) {
            x.append("<AgentID>").append(agentId).append("</AgentID>");
        }
        x.append(cdata("Event", event));
        fields.forEach((k, v) -> x.append(cdata(k, v)));
        return x.append("</xml>").toString();
    }

    public static String envelope(String corpId, Integer agentId, String encrypted) {
        return "<xml>" + cdata("ToUserName", corpId) + cdata("AgentID", agentId == null ? "" : agentId.toString())
                + cdata("Encrypt", encrypted) + "</xml>";
    }

    private static String cdata(String name, String value) {
        return "<" + name + "><![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]></" + name + ">";
    }
}
