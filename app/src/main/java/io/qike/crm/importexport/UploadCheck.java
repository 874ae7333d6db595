package io.qike.crm.importexport;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Accepts only what is really an xlsx: a zip holding a workbook part, whatever the file is called.
 * An old .xls, a CSV or a renamed document is refused before any job is created.
 */
final class UploadCheck {
    private UploadCheck() {
    }

    static void size(long size, long max) {
        if (size <= 0) throw new InvalidInputException(FieldProblem.of("file", "required"));
        if (size > max) throw new InvalidInputException(FieldProblem.of("file", "file_too_large", max / (1024 * 1024)));
    }

    static void xlsx(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null) return;
        } catch (ZipException e) {
            // not a zip at all: reported below
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new InvalidInputException(FieldProblem.of("file", "xlsx"));
    }

    /** The name as shown in the job list: no client path, bounded length. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) name = "upload.xlsx";
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
