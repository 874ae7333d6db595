package io.qike.crm.importexport;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.handler.SheetWriteHandler;
import cn.idev.excel.write.handler.context.SheetWriteHandlerContext;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;

/** Writing xlsx with FastExcel (streaming, so an export of many rows keeps little in memory). */
final class Sheets {
    private Sheets() {
    }

    static ExcelWriter writer(OutputStream out) {
        return FastExcel.write(out).autoCloseStream(false).build();
    }

    static WriteSheet sheet(int index, String name, List<String> titles, int width, SheetWriteHandler... handlers) {
        var builder = FastExcel.writerSheet(index, safeName(name)).head(titles.stream().map(List::of).toList())
                .registerWriteHandler(new Layout(width));
        for (SheetWriteHandler h : handlers) builder.registerWriteHandler(h);
        return builder.build();
    }

    /**
     * A name Excel takes for a sheet, whatever the list or object is called: at most 31 characters, without
     * / \\ ? * [ ] : (each becomes a space), never empty.
     */
    static String safeName(String name) {
        return WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet1" : name.strip(), ' ');
    }

    /**
     * A default width for all columns and a header kept in view. The width is the sheet's default
     * rather than one per column: per-column entries make POI look up a column style for every
     * cell written, which was the slowest part of a large export.
     */
    static final class Layout implements SheetWriteHandler {
        private final int width;

        Layout(int width) {
            this.width = width;
        }

        @Override
        public void afterSheetCreate(SheetWriteHandlerContext context) {
            Sheet sheet = context.getWriteSheetHolder().getSheet();
            sheet.setDefaultColumnWidth(width);
            sheet.createFreezePane(0, 1);
        }
    }

    /**
     * Formats the template's columns as text, so that Excel keeps credit codes, phone numbers and
     * leading zeros as typed instead of turning them into numbers.
     */
    static final class TextColumns implements SheetWriteHandler {
        private final int count;

        TextColumns(int count) {
            this.count = count;
        }

        @Override
        public void afterSheetCreate(SheetWriteHandlerContext context) {
            Workbook workbook = context.getWriteWorkbookHolder().getWorkbook();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet sheet = context.getWriteSheetHolder().getSheet();
            for (int i = 0; i < count; i++) sheet.setDefaultColumnStyle(i, text);
        }
    }

    /**
     * Drop-down lists on option columns. They only suggest (no error box), because the import also
     * accepts the codes and the other language's labels. Excel limits an inline list to 255
     * characters, so longer lists are left to the instructions sheet.
     */
    static final class OptionLists implements SheetWriteHandler {
        private final Map<Integer, List<String>> lists;
        private final int lastRow;

        OptionLists(Map<Integer, List<String>> lists, int lastRow) {
            this.lists = lists;
            this.lastRow = lastRow;
        }

        @Override
        public void afterSheetCreate(SheetWriteHandlerContext context) {
            Sheet sheet = context.getWriteSheetHolder().getSheet();
            DataValidationHelper helper = sheet.getDataValidationHelper();
            lists.forEach((column, options) -> {
                if (options.isEmpty() || String.join(",", options).length() > 250 || options.stream().anyMatch(o -> o.contains(","))) return;
                DataValidation v = helper.createValidation(helper.createExplicitListConstraint(options.toArray(String[]::new)),
                        new CellRangeAddressList(1, lastRow, column, column));
                v.setShowErrorBox(false);
                sheet.addValidationData(v);
            });
        }
    }
}
