package io.qike.crm.wecom.sidebar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The sidebar's script and policy in production (Tencent's JS-SDK) and the address it signs. */
class SidebarScriptTest {
    @Test
    void withTencentThePageMayLoadScriptsFromResWxQqComAndNothingElseNew() {
        SidebarScript script = new SidebarScript(null, SidebarScript.TENCENT_JSSDK);
        assertThat(script.url()).isEqualTo("https://res.wx.qq.com/open/js/jweixin-1.2.0.js");
        String policy = script.policy(script.url());
        assertThat(policy).contains("script-src 'self' https://res.wx.qq.com;").contains("connect-src 'self';")
                .contains("object-src 'none'");
    }

    @Test
    void aStandInOnAnotherHostMayAlsoBeAskedToCheckSignatures() {
        String policy = new SidebarScript(null, "x").policy("http://127.0.0.1:9090/sandbox/wecom/jssdk/jweixin.js");
        assertThat(policy).contains("script-src 'self' http://127.0.0.1:9090;").contains("connect-src 'self' http://127.0.0.1:9090;");
    }

    @Test
    void thePageIsSignedWithoutItsFragmentAndOnlyHttpAddressesAreSigned() {
        assertThat(SidebarSignatures.pageAddress("https://crm.example.com/wecom/sidebar?x=1#/a")).isEqualTo("https://crm.example.com/wecom/sidebar?x=1");
        assertThatThrownBy(() -> SidebarSignatures.pageAddress("javascript:alert(1)")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SidebarSignatures.pageAddress(" ")).isInstanceOf(InvalidInputException.class);
    }
}
