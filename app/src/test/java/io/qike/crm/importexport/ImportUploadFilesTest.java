package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.QikeProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An uploaded import workbook on disk can be read by the account running Qike only. */
class ImportUploadFilesTest {
    @TempDir
    Path dataDir;

    @Test
    void anUploadAndItsFolderAreOwnerOnly() throws IOException {
        ImportUploads uploads = new ImportUploads(new QikeProperties(dataDir, null, false, 0));

        Path file = uploads.path(uploads.store(new ByteArrayInputStream(new byte[] {1, 2, 3})));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }
}
