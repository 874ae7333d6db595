package io.qike.crm.importexport;

import cn.idev.excel.ExcelWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One table as a one-sheet xlsx, written like every other export of Qike (the same writer, column
 * width and frozen header), for the small downloads of other modules (关系数据's lists and results).
 */
public final class XlsxTables {
    private static final int WIDTH = 20;

    private XlsxTables() {
    }

    public static void write(Download target, String fileName, String sheetName, List<String> headers, List<? extends List<?>> rows)
            throws IOException {
        try (OutputStream out = target.open(fileName); ExcelWriter writer = Sheets.writer(out)) {
            writer.write(rows, Sheets.sheet(0, sheetName, headers, WIDTH));
        }
    }
}
