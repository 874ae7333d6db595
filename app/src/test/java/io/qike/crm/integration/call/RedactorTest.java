package io.qike.crm.integration.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.integration.NameValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a stored or shown text keeps of a credential: nothing, whichever form a provider echoed it in. */
class RedactorTest {
    static final String SECRET = "KNOWN-SECRET-\"q\\z/ é密<";

    @Test
    void everyFormOfTheSecretIsMasked() {
        Redactor r = new Redactor(Set.of(SECRET, "echo-user:" + SECRET));
        byte[] bytes = SECRET.getBytes(StandardCharsets.UTF_8);
        List<String> forms = List.of(SECRET,
                "KNOWN-SECRET-\\\"q\\\\z/ é密<",                                  // Jackson
                "KNOWN-SECRET-\\\"q\\\\z\\/ \\u00e9\\u5bc6<",                     // PHP json_encode
                "KNOWN-SECRET-\\\"q\\\\z/ \\u00E9\\u5BC6\\u003C",                // Jackson ESCAPE_NON_ASCII, HTML-safe
                "KNOWN-SECRET-%22q%5Cz%2F+%C3%A9%E5%AF%86%3C",                     // form-encoded
                "KNOWN-SECRET-%22q%5cz%2f%20%c3%a9%e5%af%86%3c",                   // URL-encoded, lower hex
                Base64.getEncoder().encodeToString(bytes),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                Base64.getEncoder().encodeToString(("echo-user:" + SECRET).getBytes(StandardCharsets.UTF_8)),
                "KNOWN-SECRET-\"q\\z/ é?<");                                       // the header's wire form
        for (String form : forms) {
            assertThat(r.text("{\"echo\":\"" + form + "\"}")).as(form).isEqualTo("{\"echo\":\"••••\"}");
        }
    }

    @Test
    void theLongestFormWinsAndTheRestOfTheTextStays() {
        Redactor r = new Redactor(Set.of("key-1234", "key-1234:secret-99"));
        assertThat(r.text("a key-1234:secret-99 b key-1234 c")).isEqualTo("a •••• b •••• c");
        assertThat(r.text("nothing here")).isEqualTo("nothing here");
    }

    @Test
    void veryShortValuesAndMostlyLostWireFormsAreNotMasked() {
        // Three characters, or a wire form that is mostly '?', would blank out ordinary words everywhere.
        Redactor r = new Redactor(Set.of("abc", "密钥密钥x"));
        assertThat(r.text("abcdef ????x")).isEqualTo("abcdef ????x");
        assertThat(r.text("密钥密钥x")).isEqualTo("••••");
    }

    @Test
    void credentialHeadersAreHiddenWhole() {
        Redactor r = new Redactor(Set.of("tok-5678"), "X-Echo-Key");
        assertThat(r.header(new NameValue("x-echo-key", "anything")).value()).isEqualTo(Redactor.MASK);
        assertThat(r.header(new NameValue("Authorization", "Bearer x")).value()).isEqualTo(Redactor.MASK);
        assertThat(r.header(new NameValue("X-Trace", "id tok-5678")).value()).isEqualTo("id ••••");
    }
}
