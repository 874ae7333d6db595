package io.qike.crm.importexport;

import io.qike.crm.platform.QikeProperties;
import io.qike.crm.platform.files.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files until their job has run, under {@code <data-dir>/imports}: the data folder
 * that every node already shares for the file store, so whichever node runs the job reads the file,
 * also after a restart. Not the file store itself: its files are kept forever and shared by content,
 * while an upload is deleted as soon as its import ran without errors. An upload with errors is its
 * error report (the user's workbook with the bad cells marked), kept for the report's days and then
 * deleted by {@link ImportUploadRetention}. Like the file store's files, uploads are only reached
 * through the services that check the reader's permission, and on disk they are readable by the account
 * running Qike only.
 */
@Component
class ImportUploads {
    private final Path root;

    ImportUploads(QikeProperties properties) {
        this.root = properties.dataDir().resolve("imports").toAbsolutePath();
        PrivateFiles.restrict(root);
    }

    /** Stores the upload and returns its name (the job's reference to it). */
    String store(InputStream content) {
        String name = UUID.randomUUID() + ".xlsx";
        try (content) {
            PrivateFiles.createDirectories(root);
            PrivateFiles.write(content, root.resolve(name));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String name) {
        if (name == null || !name.matches("[0-9a-f-]{36}\\.xlsx")) throw new IllegalArgumentException("not an upload name");
        return root.resolve(name);
    }

    /** The upload, unless it is gone (deleted after its run, or lost with a data folder that was not shared). */
    Optional<Path> find(String name) {
        Path file = path(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Deletes the uploads last written before {@code cutoff}; returns how many. */
    int deleteOlderThan(Instant cutoff) {
        if (!Files.isDirectory(root)) return 0;
        int deleted = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) deleted++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException | IllegalArgumentException ignored) {
            // nothing to delete, or it cannot be: it is no longer read
        }
    }
}
