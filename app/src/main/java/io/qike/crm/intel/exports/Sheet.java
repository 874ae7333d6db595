package io.qike.crm.intel.exports;

import io.qike.crm.importexport.Download;
import io.qike.crm.importexport.XlsxTables;
import java.io.IOException;
import java.util.List;

/** A table to download as xlsx: its file name (title and time), title, column headers and rows. */
public record Sheet(String fileName, String title, List<String> headers, List<List<Object>> rows) {

    /** Writes the one-sheet workbook (intel's tables are small: no streaming needed). */
    public void writeTo(Download target) throws IOException {
        XlsxTables.write(target, fileName + ".xlsx", title, headers, rows);
    }
}
