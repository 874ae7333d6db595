package io.qike.crm.platform.files;

import io.qike.crm.platform.QikeProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Files on disk under the data folder, addressed by the SHA-256 of their content: the same file
 * uploaded twice is stored once, and a stored file never changes. Files are readable by the account
 * running Qike only (600, folders 700); folders left readable by earlier versions are restricted on start.
 */
@Component
public class FileStore {
    private final Path root;

    FileStore(QikeProperties properties) {
        this.root = properties.dataDir().resolve("files").toAbsolutePath();
        PrivateFiles.restrict(root);
    }

    /** Stores the stream and returns its content hash. */
    public String store(InputStream in) {
        try {
            PrivateFiles.createDirectories(root);
            // A temporary file is created owner-only; it is filled in place so that it keeps that mode.
            Path tmp = Files.createTempFile(root, "upload", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(tmp)) {
                digesting.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            PrivateFiles.createDirectories(target.getParent());
            if (Files.exists(target)) Files.delete(tmp);
            else Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path pathOf(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a content hash");
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }
}
