package io.qike.crm.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.QikeProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments on disk can be read by the account running Qike only. */
class FileStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void anAttachmentAndItsFoldersAreOwnerOnly() throws IOException {
        FileStore store = new FileStore(new QikeProperties(dataDir, null, false, 0));

        Path file = store.pathOf(store.store(new ByteArrayInputStream("报价单".getBytes(StandardCharsets.UTF_8))));

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(file.getParent())).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("files"))).isEqualTo("rwx------");
        assertThat(Files.readString(file)).isEqualTo("报价单");
    }

    @Test
    void attachmentsWrittenByAnEarlierVersionAreMadeOwnerOnlyOnStart() throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("files").resolve("ab"));
        Path file = Files.writeString(folder.resolve("ab" + "0".repeat(62)), "合同");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));

        new FileStore(new QikeProperties(dataDir, null, false, 0));

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(folder.getParent())).isEqualTo("rwx------");
    }

    static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
