package io.qike.crm.importexport;

import io.qike.crm.platform.FieldProblem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What an import does with one kind of object: rows to drafts, drafts checked, then all written. One per job. */
interface ImportTarget {
    /** A data row by column key, values as text. */
    record SheetRow(int number, Map<String, String> values) {
    }

    List<Column> columns();

    /** Checks a chunk of rows; the good ones wait for {@link #writeChecked}. */
    List<RowError> check(List<SheetRow> rows);

    /** Imports the good rows even when others have problems (a partial import). */
    void skipBadRows();

    /** True once any row had a problem: the import must then write nothing (never in a partial import). */
    boolean failed();

    /** Writes the rows checked good so far, inside the writer's open transaction; returns how many. */
    int writeChecked();

    /** The one audit entry of the import, inside the writer's transaction. */
    void recordImport(String fileName, int rows);

    static RowError error(SheetRow row, String field, FieldProblem p) {
        String value = row.values().get(field);
        if (value != null && value.length() > 100) value = value.substring(0, 100) + "…";
        return new RowError(row.number(), field, p.code(), p.messageKey(), List.of(p.args()), value);
    }

    /** A problem of the row's {@code field} column with its code (the message is the code's). */
    static RowError problem(SheetRow row, String field, String code) {
        return error(row, field, FieldProblem.of(field, code));
    }

    static List<RowError> inRowOrder(List<RowError> errors) {
        return errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }
}
