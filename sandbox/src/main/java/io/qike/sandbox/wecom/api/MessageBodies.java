package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.WxApiException;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Field checks for the message types the simulator accepts, with the real limits (bytes, UTF-8). */
final class MessageBodies {
    static final Set<String> TYPES = Set.of("text", "markdown", "textcard", "template_card");
    static final Set<String> INTERACTIVE = Set.of("button_interaction", "vote_interaction", "multiple_interaction");
    private static final Set<String> CARDS = Set.of("text_notice", "news_notice", "button_interaction",
            "vote_interaction", "multiple_interaction");

    private MessageBodies() {
    }

    static void check(String msgtype, JsonNode json) {
        if (!TYPES.contains(msgtype)) {
            throw new WxApiException(40008);
        }
        JsonNode b = json.path(msgtype);
        switch (msgtype) {
            case "text", "markdown" -> limit(required(b, "content", 44004), 2048);
            case "textcard" -> {
                limit(required(b, "title", 41016), 128);
                limit(required(b, "description", 41033), 512);
                String url = required(b, "url", 41010);
                if (!url.startsWith("http://") && !url.startsWith("https://")) {
                    throw new WxApiException(40094);
                }
                limit(b.path("btntxt").asString(""), 12);
            }
            default -> templateCard(b);
        }
    }

    private static void templateCard(JsonNode b) {
        String type = b.path("card_type").asString("");
        if (!CARDS.contains(type)) {
            throw new WxApiException(40058);
        }
        boolean titled = !b.path("main_title").path("title").asString("").isEmpty()
                || !b.path("sub_title_text").asString("").isEmpty();
        if (!titled) {
            throw new WxApiException(40058);
        }
        if ((type.equals("text_notice") || type.equals("news_notice")) && !b.path("card_action").isObject()) {
            throw new WxApiException(40058);
        }
        if (INTERACTIVE.contains(type) && b.path("task_id").asString("").isEmpty()) {
            throw new WxApiException(40058);
        }
        if (type.equals("button_interaction") && b.path("button_list").isEmpty()) {
            throw new WxApiException(40058);
        }
    }

    private static String required(JsonNode b, String field, int errcode) {
        String v = b.path(field).asString("");
        if (v.isBlank()) {
            throw new WxApiException(errcode);
        }
        return v;
    }

    private static void limit(String v, int bytes) {
        if (v.getBytes(StandardCharsets.UTF_8).length > bytes) {
            throw new WxApiException(45002);
        }
    }
}
