package io.qike.crm.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {
    @Test
    void credentialsThatLibrariesLogAreMasked(CapturedOutput output) {
        String token = "tok" + UUID.randomUUID().toString().replace("-", "");
        String secret = "sec" + UUID.randomUUID().toString().replace("-", "");
        // What WxJava writes on a WeCom error and, at debug level, for a token response.
        LoggerFactory.getLogger("me.chanjar.weixin.cp.api.impl.BaseWxCpServiceImpl").warn(
                "\n【请求地址】: http://localhost/cgi-bin/user/get?userid=LiNa&access_token={}\n【错误信息】：错误代码：60111", token);
        LoggerFactory.getLogger("me.chanjar.weixin.cp.api.impl.BaseWxCpServiceImpl").warn(
                "gettoken?corpid=ww1&corpsecret={} answered {\"errcode\":0,\"access_token\":\"{}\",\"expires_in\":7200}", secret, token);

        assertThat(output.getAll()).doesNotContain(token).doesNotContain(secret)
                .contains("userid=LiNa&access_token=***").contains("corpsecret=***").contains("\"access_token\":\"***\"")
                .contains("错误代码：60111");
    }

    @Test
    void ordinaryMessagesAreLeftAlone() {
        String text = "Archive pull of tenant 1 on msgaudit_notify: errcode=0, 12 new, \"name\":\"张三\"";
        assertThat(MaskedMessageConverter.mask(text)).isEqualTo(text);
    }
}
