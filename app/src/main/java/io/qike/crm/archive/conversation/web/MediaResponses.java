package io.qike.crm.archive.conversation.web;

import io.qike.crm.archive.conversation.MediaFile;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An archived media file as an answer: images inline, everything else as a download, the name encoded (RFC 6266), the
 * browser told not to guess the type nor run anything in it.
 */
final class MediaResponses {
    private MediaResponses() {
    }

    static ResponseEntity<FileSystemResource> of(MediaFile f) {
        ContentDisposition.Builder disposition = f.inline() ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .contentLength(f.size())
                .body(new FileSystemResource(f.path()));
    }
}
