package io.qike.crm.archive.conversation;

import java.time.Instant;

/**
 * One message as the chat view shows it. {@code kind}: text, image, voice, video, file, emotion, switch (a member
 * switched devices, shown as a small centred line) or unsupported (any other type). {@code ours}: sent by a member of
 * the enterprise. {@code media}: pending, fetched or failed for a media kind (null otherwise); {@code fileName},
 * {@code size} and {@code playLength} (seconds) describe it. {@code recalled}: the sender recalled it (已撤回).
 */
public record ChatMessage(String msgid, String kind, String sender, boolean ours, Instant time, String text, String media,
                          String fileName, Long size, Integer playLength, boolean recalled) {
    /** The size as people read it (B, KB, MB), or null. */
    public String sizeLabel() {
        if (size == null) return null;
        if (size < 1024) return size + " B";
        if (size < 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f KB", size / 1024.0);
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
    }
}
