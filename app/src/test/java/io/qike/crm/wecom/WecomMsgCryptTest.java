package io.qike.crm.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.wecom.callback.WecomMsgCrypt;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** WXBizMsgCrypt against Tencent's published weworkapi sample vectors, and the refusals. */
class WecomMsgCryptTest {
    static final String TOKEN = "QDG6eK";
    static final String CORP = "wx5823bf96d3bd56c7";
    static final String AES = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    @Test
    void tencentsVerifyUrlSampleDecryptsToItsEchostr() {
        WecomMsgCrypt crypt = new WecomMsgCrypt(TOKEN, AES, CORP);
        String echo = crypt.open("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
                "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==");
        assertThat(echo).isEqualTo("1616140317555161061");
    }

    @Test
    void aMessageOfAnyLengthRoundTripsWithPaddingUpToAWholeBlock() {
        WecomMsgCrypt crypt = new WecomMsgCrypt(TOKEN, AES, CORP);
        for (int n = 0; n < 70; n++) {
            String msg = "<xml>" + "x".repeat(n) + "</xml>";
            String enc = crypt.seal(msg);
            assertThat(Base64.getDecoder().decode(enc).length % 32).isZero();
            assertThat(crypt.open(crypt.signature("1", "2", enc), "1", "2", enc)).isEqualTo(msg);
        }
    }

    @Test
    void aBadSignatureIsRefused() {
        WecomMsgCrypt crypt = new WecomMsgCrypt(TOKEN, AES, CORP);
        String enc = crypt.seal("<xml/>");
        assertThatThrownBy(() -> crypt.open("0".repeat(40), "1", "2", enc))
                .isInstanceOfSatisfying(WecomMsgCrypt.Refused.class, r -> assertThat(r.reason()).isEqualTo("signature"));
    }

    @Test
    void aMessageForAnotherCorpIsRefused() {
        String enc = new WecomMsgCrypt(TOKEN, AES, "wwsomeothercorp").seal("<xml/>");
        WecomMsgCrypt ours = new WecomMsgCrypt(TOKEN, AES, CORP);
        assertThatThrownBy(() -> ours.open(ours.signature("1", "2", enc), "1", "2", enc))
                .isInstanceOfSatisfying(WecomMsgCrypt.Refused.class, r -> assertThat(r.reason()).isEqualTo("receiveid"));
    }

    @Test
    void theAddressWecomSawIsReadFromItsErrmsg() {
        assertThat(WecomErrors.ipSeen("not allow to access from your ip, hint: [x], from ip: 10.1.2.3, more info at https://x"))
                .isEqualTo("10.1.2.3");
        assertThat(WecomErrors.of(60020, "from ip: 10.1.2.3").args()).containsExactly("10.1.2.3");
    }
}
