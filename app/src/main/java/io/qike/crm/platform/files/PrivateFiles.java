package io.qike.crm.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folders and files under the data folder that only the account running Qike may read: folders 700, files
 * 600 (attachments, import uploads, the database password). Created with these modes, so that no other
 * local user can read them even for an instant; on file systems without POSIX modes (Windows) the
 * folder's own access rules apply.
 */
public final class PrivateFiles {
    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder and any missing parents, each owner-only; existing folders are left as they are. */
    public static Path createDirectories(Path dir) throws IOException {
        Path folder = dir.toAbsolutePath();
        if (Files.isDirectory(folder)) return dir;
        if (folder.getParent() != null) createDirectories(folder.getParent());
        try {
            Files.createDirectory(folder, attributes(folder, FOLDER));
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(folder)) throw raced;
        }
        return dir;
    }

    /** Creates a new, empty owner-only file; fails if it exists. */
    public static Path createFile(Path file) throws IOException {
        return Files.createFile(file, attributes(file, FILE));
    }

    /** Writes the stream to a new owner-only file; fails if it exists. */
    public static void write(InputStream content, Path file) throws IOException {
        createFile(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            content.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * Makes a folder written by an earlier version owner-only, with everything in it. Done once: a folder
     * that is already owner-only is taken to be so throughout, so a start does not walk every attachment. A
     * folder that cannot be changed (another owner, a shared drive) is reported and left as it is.
     */
    public static void restrict(Path root) {
        if (!Files.isDirectory(root) || !posix(root)) return;
        try {
            if (Files.getPosixFilePermissions(root).equals(FOLDER)) return;
            try (Stream<Path> all = Files.walk(root)) {
                // Deepest first, so that the root, the mark of a finished pass, is restricted last.
                for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    if (Files.isSymbolicLink(p)) continue;
                    Files.setPosixFilePermissions(p, Files.isDirectory(p) ? FOLDER : FILE);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not make {} readable by its owner only: {}", root, e.toString());
        }
    }

    private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> mode) {
        return posix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
