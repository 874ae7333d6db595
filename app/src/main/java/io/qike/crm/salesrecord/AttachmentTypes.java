package io.qike.crm.salesrecord;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The attachment types we accept, checked by extension and by the file's first bytes, so a
 * renamed executable is not stored as a PDF. Returns the content type to serve it with.
 */
final class AttachmentTypes {
    private record Kind(String contentType, byte[] magic) {
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("jpg", new Kind("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", new Kind("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("png", new Kind("image/png", new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47})),
            Map.entry("gif", new Kind("image/gif", new byte[]{0x47, 0x49, 0x46, 0x38})),
            Map.entry("pdf", new Kind("application/pdf", new byte[]{0x25, 0x50, 0x44, 0x46})),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("zip", new Kind("application/zip", ZIP)),
            Map.entry("doc", new Kind("application/msword", OLE)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE)),
            Map.entry("ppt", new Kind("application/vnd.ms-powerpoint", OLE)),
            Map.entry("txt", new Kind("text/plain", null)),
            // Served as a download only (Content-Disposition: attachment, nosniff): chat transcripts are HTML.
            Map.entry("html", new Kind("text/html", null)),
            Map.entry("csv", new Kind("text/csv", null)));

    private AttachmentTypes() {
    }

    static Optional<String> contentType(String fileName, InputStream in) throws IOException {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        Kind kind = KINDS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) return Optional.empty();
        byte[] head = in.readNBytes(4096);
        if (kind.magic() == null) {
            for (byte b : head) if (b == 0) return Optional.empty();
            return Optional.of(kind.contentType() + ";charset=UTF-8");
        }
        if (head.length < kind.magic().length || !Arrays.equals(head, 0, kind.magic().length, kind.magic(), 0, kind.magic().length)) {
            return Optional.empty();
        }
        return Optional.of(kind.contentType());
    }
}
