package io.qike.crm.wecom.notify;

import io.qike.crm.notify.NotificationChannel;
import io.qike.crm.notify.NotificationRequest;
import io.qike.crm.wecom.login.LoginStatusRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A notification as a WeCom text card: title and description cut to WeCom's byte limits (128 and 512 bytes of
 * UTF-8, never inside a character), and 详情 leading through the WeCom sign-in to its H5 page (or the H5 消息 list
 * when it has none). Cards are in the product's language (Chinese): no member's language is known outside a request.
 * One notification to many users is one card per user in notify; those with the same text are one message/send.
 */
@Component
class WecomCards {
    static final int TITLE_BYTES = 128;
    static final int DESCRIPTION_BYTES = 512;
    /** WeCom's longest duplicate-check window (4 h): covers a resend after the lease and the first back-offs. */
    static final int DUPLICATE_CHECK_SECONDS = 14_400;
    private final MessageSource messages;
    private final LoginStatusRepository status;
    private final Environment env;

    WecomCards(MessageSource messages, LoginStatusRepository status, Environment env) {
        this.messages = messages;
        this.status = status;
        this.env = env;
    }

    /** What makes two deliveries the same card. */
    record Key(String kind, NotificationRequest.Text title, NotificationRequest.Text body, String h5Link) {
        static Key of(NotificationChannel.Delivery d) {
            return new Key(d.kind(), d.title(), d.body(), d.h5Link());
        }
    }

    WxCpMessage card(NotificationChannel.Delivery d, String corpId, Integer agentId, String touser) {
        String title = text(d.title());
        String description = d.body() == null ? title : text(d.body());
        WxCpMessage m = WxCpMessage.TEXTCARD().toUser(touser).agentId(agentId).title(cut(title, TITLE_BYTES))
                .description(cut(description, DESCRIPTION_BYTES)).url(link(corpId, d.h5Link()))
                .btnTxt(messages.getMessage("wecom.notify.details", null, locale())).build();
        m.setEnableDuplicateCheck(true);
        m.setDuplicateCheckInterval(DUPLICATE_CHECK_SECONDS);
        return m;
    }

    /** The H5 deep link through the WeCom sign-in, on the address members reach this Qike at (current tenant). */
    String link(String corpId, String h5Link) {
        boolean h5 = h5Link != null && (h5Link.equals("/h5") || h5Link.startsWith("/h5/")) && !h5Link.contains("\\");
        return publicBaseUrl() + "/wecom/login?corp=" + URLEncoder.encode(corpId, StandardCharsets.UTF_8)
                + "&next=" + URLEncoder.encode(h5 ? h5Link : "/h5/messages", StandardCharsets.UTF_8);
    }

    private String publicBaseUrl() {
        String configured = env.getProperty("qike.wecom.public-base-url");
        if (configured != null && !configured.isBlank()) return strip(configured.trim());
        return status.find().map(LoginStatusRepository.Status::publicBaseUrl).filter(u -> !u.isBlank()).map(WecomCards::strip)
                .orElseGet(() -> "http://localhost:" + env.getProperty("local.server.port", env.getProperty("server.port", "8080")));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String text(NotificationRequest.Text t) {
        return messages.getMessage(t.key(), t.args().toArray(), t.key(), locale());
    }

    private static Locale locale() {
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** The longest prefix of {@code s} within {@code maxBytes} of UTF-8, with "…" when something was cut. */
    static String cut(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) return s;
        int budget = maxBytes - "…".getBytes(StandardCharsets.UTF_8).length;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + n > budget) break;
            out.appendCodePoint(cp);
            used += n;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }
}
