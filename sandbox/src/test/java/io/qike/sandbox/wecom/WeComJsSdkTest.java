package io.qike.sandbox.wecom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static org.assertj.core.api.Assertions.assertThat;

/** The client side of the JS-SDK: the chat open in the toolbar, the phone's location, and the stand-in script. */
class WeComJsSdkTest {
    private String external;
    private String follower;

    @BeforeEach
    void reset() {
        WeComSandbox.reset();
        external = firstExternal();
    }

    private String firstExternal() {
        JsonNode follow = WeComSandbox.api("GET", "/cgi-bin/externalcontact/get_follow_user_list?access_token="
                + WeComSandbox.token("customer"), null);
        String userid = follow.path("follow_user").get(0).asString();
        follower = userid;
        JsonNode list = WeComSandbox.api("GET", "/cgi-bin/externalcontact/list?access_token=" + WeComSandbox.token("customer")
                + "&userid=" + userid, null);
        return list.path("external_userid").get(0).asString();
    }

    private JsonNode clientState() {
        return WeComSandbox.JSON.readTree(WeComSandbox.send("GET", WeComSandbox.base() + "/sandbox/wecom/jssdk/state", null).body());
    }

    @Test
    void theCurrentChatIsWhatGetContextAndGetCurExternalContactAnswer() {
        assertThat(clientState().path("entry").asString()).isEqualTo("normal");
        admin("PUT", "/jssdk/context", Map.of("entry", "single_chat_tools", "external_userid", external, "userid", follower));
        JsonNode s = clientState();
        assertThat(s.path("entry").asString()).isEqualTo("single_chat_tools");
        assertThat(s.path("external_userid").asString()).isEqualTo(external);

        admin("PUT", "/jssdk/context", Map.of("entry", "group_chat_tools"));
        assertThat(clientState().path("entry").asString()).isEqualTo("group_chat_tools");
        assertThat(clientState().path("external_userid").asString()).isEmpty();
    }

    @Test
    void unknownEntriesAndExternalContactsAreRefused() {
        HttpResponse<String> badEntry = WeComSandbox.send("PUT", WeComSandbox.base() + "/sandbox/admin/wecom/jssdk/context",
                "{\"entry\":\"sidebar\"}");
        assertThat(badEntry.statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = WeComSandbox.send("PUT", WeComSandbox.base() + "/sandbox/admin/wecom/jssdk/context",
                "{\"entry\":\"single_chat_tools\",\"external_userid\":\"wmNOBODY\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        HttpResponse<String> farAway = WeComSandbox.send("PUT", WeComSandbox.base() + "/sandbox/admin/wecom/jssdk/location",
                "{\"latitude\":91,\"longitude\":0}");
        assertThat(farAway.statusCode()).isEqualTo(400);
    }

    @Test
    void theLocationIsKeptUntilReset() {
        admin("PUT", "/jssdk/location", Map.of("latitude", 30.259, "longitude", 120.13));
        assertThat(clientState().path("location").path("latitude").asDouble()).isEqualTo(30.259);
        WeComSandbox.reset();
        assertThat(clientState().has("location")).isFalse();
    }

    @Test
    void theStandInScriptIsServedWithTheCallsOfTheRealOne() {
        HttpResponse<String> js = WeComSandbox.send("GET", WeComSandbox.base() + "/sandbox/wecom/jssdk/jweixin.js", null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(js.body()).contains("agentConfig", "getCurExternalContact", "getLocation", "/admin/wecom/jsapi/verify");
    }
}
