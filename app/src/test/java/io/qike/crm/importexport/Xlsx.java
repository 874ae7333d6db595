package io.qike.crm.importexport;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import io.qike.crm.dedup.CreditCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds and reads xlsx files in tests, the way a user's Excel would. */
public final class Xlsx {
    private Xlsx() {
    }

    /** A workbook with one sheet: the header row, then the rows (null cells stay empty). */
    public static byte[] of(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(header.stream().map(List::of).toList()).sheet("Sheet1").doWrite(rows);
        return out.toByteArray();
    }

    public static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** All rows of one sheet as text, the header first. */
    static List<List<String>> read(byte[] xlsx, int sheet) {
        List<List<String>> rows = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(xlsx), new ReadListener<Map<Integer, String>>() {
            @Override
            public void invokeHead(Map<Integer, ReadCellData<?>> head, AnalysisContext context) {
                Map<Integer, String> cells = new LinkedHashMap<>();
                head.forEach((i, c) -> cells.put(i, c == null ? null : c.getStringValue()));
                rows.add(list(cells));
            }

            @Override
            public void invoke(Map<Integer, String> data, AnalysisContext context) {
                rows.add(list(data));
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
            }
        }).sheet(sheet).doRead();
        return rows;
    }

    private static List<String> list(Map<Integer, String> cells) {
        int width = cells.keySet().stream().mapToInt(i -> i + 1).max().orElse(0);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < width; i++) out.add(cells.get(i));
        return out;
    }

    /** A valid unified social credit code, different for each n. */
    static String code(long n) {
        String first17 = "91310000" + String.format("%09d", n);
        return first17 + CreditCodes.checkChar(first17);
    }
}
