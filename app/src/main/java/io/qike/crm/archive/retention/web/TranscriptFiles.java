package io.qike.crm.archive.retention.web;

import io.qike.crm.archive.retention.HeldTranscript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A held transcript as a download, never shown inline. */
final class TranscriptFiles {
    private TranscriptFiles() {
    }

    static ResponseEntity<FileSystemResource> download(Map.Entry<HeldTranscript, Path> file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getKey().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(new FileSystemResource(file.getValue()));
    }
}
