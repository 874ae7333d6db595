package io.qike.sandbox.wecom;

import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.qike.sandbox.wecom.WeComSandbox.CORP_ID;
import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static io.qike.sandbox.wecom.WeComSandbox.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComIpAllowListTest {
    @BeforeEach
    void reset() {
        WeComSandbox.reset();
    }

    @Test
    void callsFromOutsideTheAllowListGet60020() {
        String token = WeComSandbox.token("contacts");
        admin("PUT", "/apps/contacts/ip-allowlist", Map.of("ips", List.of("10.20.0.0/16", "192.168.1.7")));
        assertThat(api("GET", "/cgi-bin/department/list?access_token=" + token, null).path("errcode").asInt()).isEqualTo(60020);
        assertThatThrownBy(() -> WeComSandbox.wx("contacts").getDepartmentService().list(null))
                .isInstanceOfSatisfying(WxErrorException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(60020);
                    assertThat(e.getError().getJson()).contains("from ip: 127.0.0.1");
                });
        // gettoken itself is not IP-checked; other apps keep their own list.
        assertThat(api("GET", "/cgi-bin/gettoken?corpid=" + CORP_ID + "&corpsecret=" + WeComSandbox.secret("contacts"), null)
                .path("errcode").asInt()).isZero();
        assertThat(api("GET", "/cgi-bin/department/list?access_token=" + WeComSandbox.token("app"), null).path("errcode").asInt()).isZero();
        admin("PUT", "/apps/contacts/ip-allowlist", Map.of("ips", List.of("127.0.0.1")));
        assertThat(api("GET", "/cgi-bin/department/list?access_token=" + token, null).path("errcode").asInt()).isZero();
    }

    @Test
    void malformedEntriesAreRejected() {
        assertThatThrownBy(() -> admin("PUT", "/apps/app/ip-allowlist", Map.of("ips", List.of("example.com"))))
                .hasMessageContaining("400");
    }
}
