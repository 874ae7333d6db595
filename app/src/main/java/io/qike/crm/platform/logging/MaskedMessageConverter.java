package io.qike.crm.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * The log message with credentials masked, in place of logback's own {@code %m}/{@code %msg}/{@code %message}
 * ({@code logback-spring.xml}).
 *
 * <p>Libraries log the URLs they called: WxJava, on every WeCom error, logs the request address with its
 * {@code access_token} (a credential for the whole corp for two hours), and at debug level the token responses. Our own
 * code never logs a secret; this catches what libraries write, in one place, whatever logger they use.
 */
public class MaskedMessageConverter extends MessageConverter {
    private static final Pattern QUERY = Pattern.compile(
            "(?i)\\b(access_token|corpsecret|secret|suite_access_token|provider_access_token|jsapi_ticket|ticket|code|password|appkey|key|token)=([^&\\s\"'<>]+)");
    private static final Pattern JSON = Pattern.compile(
            "(?i)(\"(?:access_token|secret|corpsecret|ticket|password|encoding_aes_key|refresh_token)\"\\s*:\\s*\")([^\"]+)(\")");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    /** {@code text} with the values of credential-named parameters and JSON fields replaced by {@code ***}. */
    public static String mask(String text) {
        if (text == null || text.indexOf('=') < 0 && text.indexOf('"') < 0) return text;
        String masked = QUERY.matcher(text).replaceAll("$1=***");
        return JSON.matcher(masked).replaceAll("$1***$3");
    }
}
