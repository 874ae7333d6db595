package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.Seeds;
import io.qike.sandbox.wecom.core.WxApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque paging cursors bound to one query: a cursor from one query (or a forged one) is refused with
 * 40058 instead of silently restarting, so a client that mixes cursors up notices.
 */
final class Cursors {
    private Cursors() {
    }

    static String encode(long seed, String query, int offset) {
        String raw = offset + ":" + Seeds.hmacHex(seed, "cursor:" + query + ":" + offset, 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static int decode(long seed, String query, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            int offset = Integer.parseInt(p[0]);
            if (p.length == 2 && Seeds.hmacHex(seed, "cursor:" + query + ":" + offset, 16).equals(p[1])) {
                return offset;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new WxApiException(40058);
    }
}
