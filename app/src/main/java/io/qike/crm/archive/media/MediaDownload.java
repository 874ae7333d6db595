package io.qike.crm.archive.media;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.source.ArchiveSource;
import io.qike.crm.archive.source.ArchiveSourceException;
import io.qike.crm.archive.source.MediaChunk;
import io.qike.crm.platform.files.FileStore;
import io.qike.crm.platform.files.PrivateFiles;
import io.qike.crm.platform.QikeProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * One media file through GetMediaData: indexbuf "" first, then each outindexbuf until is_finish, streamed into an
 * owner-only temporary file while its md5 is computed; the whole file's md5 must equal the message's md5sum. Then the
 * file goes into the file store. No database work here: the caller holds no connection during the calls.
 */
@Component
class MediaDownload {
    /** A chunk limit far above the SDK's 512 KB chunks: a source that never finishes is cut off. */
    static final int MAX_CHUNKS = 20_000;
    private final ArchiveSource source;
    private final FileStore files;
    private final Path tmp;

    MediaDownload(ArchiveSource source, FileStore files, QikeProperties properties) {
        this.source = source;
        this.files = files;
        this.tmp = properties.dataDir().resolve("tmp").resolve("archive-media").toAbsolutePath();
    }

    /** The stored file's content hash and its size; a {@link MediaFailure} when the file cannot be had this time. */
    Stored fetch(ArchiveCredentials credentials, MediaItem item) {
        Path file = null;
        try {
            PrivateFiles.createDirectories(tmp);
            file = Files.createTempFile(tmp, "media", ".part");
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), md5)) {
                String index = "";
                for (int n = 0; ; n++) {
                    if (n >= MAX_CHUNKS) throw new MediaFailure("too_many_chunks");
                    MediaChunk chunk = source.mediaData(credentials, item.sdkfileid(), index);
                    out.write(chunk.data());
                    size += chunk.data().length;
                    if (chunk.finished()) break;
                    if (chunk.outIndexBuf() == null || chunk.outIndexBuf().isEmpty()) throw new MediaFailure("no_outindexbuf");
                    index = chunk.outIndexBuf();
                }
            }
            String md5sum = HexFormat.of().formatHex(md5.digest());
            if (item.md5sum() != null && !item.md5sum().equalsIgnoreCase(md5sum)) throw new MediaFailure("md5_mismatch");
            try (InputStream in = Files.newInputStream(file)) {
                return new Stored(files.store(in), size);
            }
        } catch (ArchiveSourceException e) {
            throw new MediaFailure(e.reason() + " (" + e.getMessage() + ")");
        } catch (IOException | UncheckedIOException e) {
            throw new MediaFailure("io_error");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A leftover temporary file is harmless; the next start's folder is the same.
                }
            }
        }
    }

    record Stored(String hash, long size) {
    }

    /** Why an attempt failed, as the item's last error. */
    static class MediaFailure extends RuntimeException {
        MediaFailure(String reason) {
            super(reason, null, false, false);
        }
    }
}
