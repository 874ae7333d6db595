package io.qike.crm.importexport;

import io.qike.crm.platform.FieldProblem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** What an import does with one kind of object: rows to drafts, drafts checked, then all written. One per job. */
interface ImportTarget {
    /** A data row by column key, values as text. */
    record SheetRow(int number, Map<String, String> values) {
    }

    List<Column> columns();

    /** Checks a chunk of rows; the good ones are kept for {@link #insertAll}. */
    List<RowError> check(List<SheetRow> rows);

    /** Writes every kept row in one transaction; only called when no row had a problem. */
    int insertAll(String fileName, IntConsumer progress);

    static RowError error(SheetRow row, String field, FieldProblem p) {
        String value = row.values().get(field);
        if (value != null && value.length() > 100) value = value.substring(0, 100) + "…";
        return new RowError(row.number(), field, p.code(), p.messageKey(), List.of(p.args()), value);
    }

    static List<RowError> inRowOrder(List<RowError> errors) {
        return errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }
}
