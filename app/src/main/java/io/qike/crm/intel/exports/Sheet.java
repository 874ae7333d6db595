package io.qike.crm.intel.exports;

import io.qike.crm.importexport.Download;
import io.qike.crm.importexport.XlsxTables;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A table to download as xlsx: its title (also the file name), column headers and rows. */
public record Sheet(String title, List<String> headers, List<List<Object>> rows) {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Writes the one-sheet workbook (intel's tables are small: no streaming needed), named by its title and the time. */
    public void writeTo(Download target) throws IOException {
        XlsxTables.write(target, title + "-" + LocalDateTime.now().format(STAMP) + ".xlsx", title, headers, rows);
    }
}
