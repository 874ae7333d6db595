package io.qike.crm.importexport;

import java.util.List;

/**
 * One problem in an import file: the row as Excel numbers it (the header is row 1), the column
 * (a field key such as {@code creditCode} or {@code custom.grade}), a stable code and the message
 * key with its arguments, resolved in the reader's language when shown, and the offending value.
 */
public record RowError(int row, String field, String code, String messageKey, List<Object> args, String value) {
    public RowError {
        args = args == null ? List.of() : args;
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
