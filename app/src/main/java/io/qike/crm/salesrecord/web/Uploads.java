package io.qike.crm.salesrecord.web;

import io.qike.crm.salesrecord.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

final class Uploads {
    private Uploads() {
    }

    static List<Upload> of(List<MultipartFile> files) {
        if (files == null) return List.of();
        return files.stream().filter(f -> !f.isEmpty()).map(f -> new Upload(f.getOriginalFilename(), f.getSize(), () -> {
            try {
                return f.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).toList();
    }
}
