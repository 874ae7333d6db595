package io.qike.crm.archive.retention;

import io.qike.crm.archive.pull.ArchivedMessage;
import io.qike.crm.platform.org.EnterpriseTime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes archived messages as a transcript: sender names, times and text; media as name and size, linked to
 * {@code /archive/media/{msgid}}. Everything from the archive is escaped.
 */
@Component
class TranscriptWriter {
    private final JsonMapper json;
    private final MessageSource messages;
    private final EnterpriseTime time;

    TranscriptWriter(JsonMapper json, MessageSource messages, EnterpriseTime time) {
        this.json = json;
        this.messages = messages;
        this.time = time;
    }

    /** {@code names}: userid or external userid → the name to show; others show their id. */
    Transcript write(String title, List<ArchivedMessage> chat, Map<String, String> names) {
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>body{font-family:sans-serif;max-width:48em;margin:1em auto}")
                .append(".msg{margin:.6em 0}.meta{color:#667;font-size:.85em}.text{white-space:pre-wrap}</style></head><body>\n<h1>")
                .append(esc(title)).append("</h1>\n");
        StringBuilder text = new StringBuilder();
        for (ArchivedMessage m : chat) {
            String who = names.getOrDefault(m.from(), m.from());
            String at = time.second(m.msgtime());
            Body body = body(m, locale);
            html.append("<div class=\"msg\"><div class=\"meta\"><b class=\"sender\">").append(esc(who)).append("</b> <time>")
                    .append(esc(at)).append("</time></div><div class=\"text\">");
            if (body.mediaLink()) {
                html.append("<a href=\"/archive/media/").append(esc(URLEncoder.encode(m.msgid(), StandardCharsets.UTF_8)))
                        .append("\">").append(esc(body.text())).append("</a>");
            } else {
                html.append(esc(body.text()));
            }
            html.append("</div></div>\n");
            text.append(at).append(' ').append(who).append(": ").append(body.text()).append('\n');
        }
        html.append("</body></html>\n");
        return new Transcript(html.toString(), text.toString().strip(), chat.size());
    }

    private record Body(String text, boolean mediaLink) {
    }

    /** A message as one line of a conversation view. */
    ChatLine line(ArchivedMessage m, Map<String, String> names) {
        Body b = body(m, LocaleContextHolder.getLocale());
        return new ChatLine(m.msgid(), m.from(), names.getOrDefault(m.from(), m.from()), m.msgtime(), time.second(m.msgtime()),
                m.msgtype(), b.text(), b.mediaLink());
    }

    private Body body(ArchivedMessage m, Locale locale) {
        JsonNode c = m.content() == null ? json.createObjectNode() : json.readTree(m.content());
        JsonNode part = c.path(m.msgtype());
        String recalled = m.recalledBy() != null ? " " + label("recalled", locale) : "";
        return switch (m.msgtype()) {
            case "text" -> new Body(part.path("content").asString("") + recalled, false);
            case "revoke" -> new Body(label("revoke", locale), false);
            case "image", "voice", "video", "emotion" -> new Body(label(m.msgtype(), locale) + size(m.filesize()) + recalled, true);
            case "file" -> new Body(label("file", locale) + " " + part.path("filename").asString("") + size(m.filesize()) + recalled, true);
            default -> new Body(label("other", locale) + " (" + m.msgtype() + ")", false);
        };
    }

    private String label(String kind, Locale locale) {
        return messages.getMessage("archive.retention.transcript." + kind, null, kind, locale);
    }

    static String size(Long bytes) {
        if (bytes == null) return "";
        if (bytes < 1024) return " (" + bytes + " B)";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, " (%.1f KB)", bytes / 1024.0);
        return String.format(Locale.ROOT, " (%.1f MB)", bytes / 1024.0 / 1024.0);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
