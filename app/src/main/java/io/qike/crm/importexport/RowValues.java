package io.qike.crm.importexport;

import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.org.User;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What customer and contact rows share: owner logins, option labels, tags and custom values. */
final class RowValues {
    private final Map<String, Long> logins = new HashMap<>();
    private final Map<String, Map<String, String>> optionCodes = new HashMap<>();

    RowValues(List<Column> columns, Columns labels, List<User> users) {
        users.forEach(u -> logins.put(u.login().toLowerCase(Locale.ROOT), u.id()));
        for (Column c : columns) {
            if (c.kind() != Column.Kind.OPTION) continue;
            Map<String, String> codes = new HashMap<>();
            for (String option : c.options()) {
                codes.put(Headers.normalize(option), option);
                for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    codes.putIfAbsent(Headers.normalize(labels.optionLabel(c, option, l)), option);
                }
            }
            optionCodes.put(c.key(), codes);
        }
    }

    /** The user id of a login; null when the cell is empty, -1 when no such user exists. */
    /** The owner the row's {@code owner} column names (a login), null when empty; an unknown login is the row's problem. */
    Long owner(ImportTarget.SheetRow row, List<RowError> errors) {
        Long owner = owner(row.values().get("owner"));
        if (owner != null && owner < 0) {
            errors.add(ImportTarget.problem(row, "owner", "owner_not_found"));
            return null;
        }
        return owner;
    }

    Long owner(String login) {
        if (login == null) return null;
        return logins.getOrDefault(login.trim().toLowerCase(Locale.ROOT), -1L);
    }

    /** The option code for a cell written as the code or as its label in either language; unknown text stays for the validator to reject. */
    String option(Map<String, String> row, String key) {
        String value = row.get(key);
        if (value == null) return null;
        return optionCodes.getOrDefault(key, Map.of()).getOrDefault(Headers.normalize(value), value);
    }

    static List<String> tags(String cell) {
        if (cell == null) return List.of();
        return Arrays.stream(cell.split("[,，;；、]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Custom values by field code; multi-select cells may separate options the Chinese way. */
    static Map<String, Object> custom(List<Column> columns, Map<String, String> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.custom() == null) continue;
            String value = row.get(c.key());
            if (value == null) continue;
            values.put(c.custom().code(), c.custom().type() == FieldType.MULTI_SELECT ? value.replaceAll("[，;；、]", ",") : value);
        }
        return values;
    }
}
