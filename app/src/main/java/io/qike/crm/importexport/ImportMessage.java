package io.qike.crm.importexport;

import java.util.List;

/** A note on a whole job (empty file, too many rows, errors left out), as a message key and its arguments. */
public record ImportMessage(String key, List<Object> args) {
    public ImportMessage {
        args = args == null ? List.of() : args;
    }

    public static ImportMessage of(String key, Object... args) {
        return new ImportMessage(key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
