package io.qike.crm.importexport;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the first sheet of an xlsx (FastExcel's SAX reader): the header row, then the data rows
 * in chunks, so a 100,000-row file is never held as a whole. Cells come as text, BigDecimal,
 * LocalDateTime or Boolean (FastExcel's "actual data"), which {@link CellText} turns into text.
 */
final class SheetReader {
    /** A data row: its number as Excel shows it, and its cells by column index. */
    record RawRow(int number, Map<Integer, Object> cells) {
        /** The texts of the template's columns, by column key; empty for a row with nothing in those columns. */
        Map<String, String> values(Map<Integer, Column> byIndex) {
            Map<String, String> values = new HashMap<>();
            cells.forEach((index, cell) -> {
                Column c = byIndex.get(index);
                String text = c == null ? null : CellText.of(cell, c);
                if (text != null) values.put(c.key(), text);
            });
            return values;
        }
    }

    interface Handler {
        /** The header cells and the sheet's approximate number of data rows (0 when unknown); false stops reading. */
        boolean header(Map<Integer, String> cells, int approximateRows);

        /** A chunk of data rows; false stops reading. */
        boolean rows(List<RawRow> chunk);
    }

    private SheetReader() {
    }

    /** Reads until the end or until the handler says stop; returns false when there was no header row at all. */
    static boolean read(Path file, int chunkSize, Handler handler) {
        Listener listener = new Listener(chunkSize, handler);
        FastExcel.read(file.toFile(), listener).readDefaultReturn(ReadDefaultReturnEnum.ACTUAL_DATA).sheet(0).doRead();
        return listener.sawHeader;
    }

    private static final class Listener implements ReadListener<Map<Integer, Object>> {
        private final int chunkSize;
        private final Handler handler;
        private List<RawRow> chunk = new ArrayList<>();
        private boolean go = true;
        private boolean sawHeader;

        Listener(int chunkSize, Handler handler) {
            this.chunkSize = chunkSize;
            this.handler = handler;
        }

        @Override
        public void invokeHead(Map<Integer, ReadCellData<?>> head, AnalysisContext context) {
            sawHeader = true;
            Map<Integer, String> cells = new LinkedHashMap<>();
            head.forEach((i, cell) -> cells.put(i, cell == null ? null : text(cell)));
            Integer approximate = context.readSheetHolder().getApproximateTotalRowNumber();
            go = handler.header(cells, approximate == null ? 0 : Math.max(0, approximate - 1));
        }

        @Override
        public void invoke(Map<Integer, Object> row, AnalysisContext context) {
            if (!go) return;
            if (!sawHeader) {
                // A header row of empty cells is not reported by FastExcel: the file has no usable header.
                go = false;
                return;
            }
            chunk.add(new RawRow(context.readRowHolder().getRowIndex() + 1, row));
            if (chunk.size() >= chunkSize) flush();
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            if (go && !chunk.isEmpty()) flush();
        }

        @Override
        public boolean hasNext(AnalysisContext context) {
            return go;
        }

        private void flush() {
            List<RawRow> full = chunk;
            chunk = new ArrayList<>();
            go = handler.rows(full);
        }

        private static String text(ReadCellData<?> cell) {
            if (cell.getStringValue() != null) return cell.getStringValue();
            if (cell.getNumberValue() != null) return cell.getNumberValue().stripTrailingZeros().toPlainString();
            return cell.getBooleanValue() == null ? null : cell.getBooleanValue().toString();
        }
    }
}
