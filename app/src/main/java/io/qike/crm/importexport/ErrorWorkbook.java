package io.qike.crm.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The error report as the user's own workbook: the same sheets, columns and order, each bad cell
 * filled and commented with its reason, and a reason column (错误原因) after the last column of each
 * bad row. An all-or-nothing import keeps every row, so the user fixes the marked cells and uploads
 * the whole file again; a partial import keeps the header and the skipped rows only, so the user
 * uploads just those again.
 */
final class ErrorWorkbook {
    /**
     * A problem to mark: the row as Excel numbers it, the field's column key (or header text), the
     * reason for the cell's comment and the line for the reason column (which names the column).
     */
    record Mark(int row, String field, String reason, String line) {
    }

    private final Columns labels;
    private final List<Column> columns;
    private final Locale locale;

    ErrorWorkbook(Columns labels, List<Column> columns, Locale locale) {
        this.labels = labels;
        this.columns = columns;
        this.locale = locale;
    }

    /** Reads the upload and marks it; opens the download only once the workbook is ready. */
    void write(Path upload, List<Mark> marks, boolean onlyBadRows, String reasonTitle, String separator, String fileName,
               Download target) throws IOException {
        Map<Integer, List<Mark>> byRow = new TreeMap<>();
        marks.forEach(m -> byRow.computeIfAbsent(m.row(), r -> new ArrayList<>()).add(m));
        try (InputStream in = Files.newInputStream(upload); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<Integer, Integer> at = new HashMap<>(); // Excel row number -> row index in the report
            if (onlyBadRows) {
                sheet = badRowsOnly(workbook, sheet, byRow, at);
            } else {
                byRow.keySet().forEach(r -> at.put(r, r - 1));
            }
            XSSFRow header = sheet.getRow(0) == null ? sheet.createRow(0) : sheet.getRow(0);
            Map<String, Integer> cellOf = cellsByField(header);
            int reasonColumn = Math.max(0, header.getLastCellNum());
            for (int r : byRow.keySet()) {
                XSSFRow row = sheet.getRow(at.get(r));
                if (row != null) reasonColumn = Math.max(reasonColumn, row.getLastCellNum());
            }
            XSSFCell title = header.createCell(reasonColumn);
            title.setCellValue(reasonTitle);
            if (reasonColumn > 0 && header.getCell(reasonColumn - 1) != null) title.setCellStyle(header.getCell(reasonColumn - 1).getCellStyle());
            sheet.setColumnWidth(reasonColumn, 60 * 256);
            new Marker(workbook, sheet).mark(byRow, at, cellOf, reasonColumn, separator);
            try (OutputStream out = target.open(fileName)) {
                workbook.write(out);
            }
        }
    }

    /** The first sheet again, with the header and the bad rows only, in the place and under the name of the original. */
    private static XSSFSheet badRowsOnly(XSSFWorkbook workbook, XSSFSheet original, Map<Integer, List<Mark>> byRow,
                                         Map<Integer, Integer> at) {
        String name = original.getSheetName();
        XSSFSheet copy = workbook.createSheet();
        CellCopyPolicy policy = new CellCopyPolicy.Builder().mergedRegions(false).build();
        int width = 0;
        if (original.getRow(0) != null) {
            copy.createRow(0).copyRowFrom(original.getRow(0), policy);
            width = original.getRow(0).getLastCellNum();
        }
        for (int i = 0; i < width; i++) copy.setColumnWidth(i, original.getColumnWidth(i));
        int next = 1;
        for (int r : byRow.keySet()) {
            if (r <= 1) {
                at.put(r, 0);
                continue;
            }
            XSSFRow source = original.getRow(r - 1);
            XSSFRow target = copy.createRow(next);
            if (source != null) target.copyRowFrom(source, policy);
            at.put(r, next++);
        }
        if (original.getPaneInformation() != null && original.getPaneInformation().isFreezePane()) copy.createFreezePane(0, 1);
        workbook.removeSheetAt(0);
        workbook.setSheetOrder(copy.getSheetName(), 0);
        workbook.setSheetName(0, name);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        return copy;
    }

    /** Where each column's cells are, by field key (as the import matched the header) and by header text. */
    private Map<String, Integer> cellsByField(XSSFRow header) {
        DataFormatter format = new DataFormatter(locale);
        Map<Integer, String> cells = new LinkedHashMap<>();
        header.forEach(c -> cells.put(c.getColumnIndex(), format.formatCellValue(c)));
        Map<String, Integer> byField = new HashMap<>();
        cells.forEach((i, text) -> { if (text != null && !text.isBlank()) byField.putIfAbsent(text.trim(), i); });
        Headers.match(cells, Columns.withExportOnly(columns), labels, locale).byIndex().forEach((i, c) -> byField.put(c.key(), i));
        return byField;
    }

    /** Fills and comments the bad cells and writes the reasons. */
    private static final class Marker {
        private final XSSFWorkbook workbook;
        private final XSSFSheet sheet;
        private final CreationHelper helper;
        private final Drawing<?> drawing;
        private final Map<Short, CellStyle> filled = new HashMap<>();

        Marker(XSSFWorkbook workbook, XSSFSheet sheet) {
            this.workbook = workbook;
            this.sheet = sheet;
            this.helper = workbook.getCreationHelper();
            this.drawing = sheet.createDrawingPatriarch();
        }

        void mark(Map<Integer, List<Mark>> byRow, Map<Integer, Integer> at, Map<String, Integer> cellOf, int reasonColumn,
                  String separator) {
            byRow.forEach((r, marks) -> {
                int index = at.get(r);
                XSSFRow row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
                Map<Integer, List<String>> byCell = new LinkedHashMap<>();
                List<String> reasons = new ArrayList<>();
                for (Mark m : marks) {
                    reasons.add(m.line());
                    Integer cell = cellOf.get(m.field());
                    if (cell != null) byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(m.reason());
                }
                byCell.forEach((cell, texts) -> mark(row, cell, String.join(separator, texts)));
                if (index > 0) row.createCell(reasonColumn).setCellValue(String.join(separator, reasons));
            });
        }

        private void mark(XSSFRow row, int column, String reason) {
            XSSFCell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
            cell.setCellStyle(filled.computeIfAbsent(cell.getCellStyle().getIndex(), i -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            }));
            cell.removeCellComment(); // the user's own note gives way to the reason
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(column);
            anchor.setCol2(column + 3);
            anchor.setRow1(row.getRowNum());
            anchor.setRow2(row.getRowNum() + 3);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(reason));
            comment.setAuthor("Qike");
            cell.setCellComment(comment);
        }
    }
}
