package io.qike.crm.archive.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Content types of archived media. Images (and emotions) are recognised by their first bytes, never by what the
 * message claims, and only PNG, JPEG, GIF and WebP are shown inline; voice is AMR (WeCom's format), video MP4, a file
 * by its extension among a few well-known ones, anything else a download.
 */
final class MediaTypes {
    static final String OCTET = "application/octet-stream";
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"), Map.entry("txt", "text/plain"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("mp4", "video/mp4"), Map.entry("amr", "audio/amr"), Map.entry("mp3", "audio/mpeg"));

    private MediaTypes() {
    }

    /** The image type the file's first bytes show, or null. */
    static String image(Path file) {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return null;
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') return "image/png";
        if (n >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) return "image/jpeg";
        if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') return "image/gif";
        if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') return "image/webp";
        return null;
    }

    static String ofKind(String kind, String fileName) {
        return switch (kind) {
            case "voice" -> "audio/amr";
            case "video" -> "video/mp4";
            case "file" -> {
                int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
                yield dot < 0 ? OCTET : FILES.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET);
            }
            default -> OCTET;
        };
    }

    /** A name to save the media under when the message has none: its kind and msgid's tail, with an extension. */
    static String defaultName(String kind, String msgid, String contentType) {
        String ext = switch (contentType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            case "audio/amr" -> ".amr";
            case "video/mp4" -> ".mp4";
            default -> "";
        };
        String id = msgid.replaceAll("[^A-Za-z0-9]", "");
        return kind + "-" + id.substring(Math.max(0, id.length() - 12)) + ext;
    }
}
