package io.qike.crm.importexport;

import io.qike.crm.dedup.CompanyNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches a file's header row to the columns. A header may be in either language (a template
 * downloaded in English works for a Chinese colleague), with or without the required star or the
 * unit in brackets. Unknown and repeated columns are errors rather than silently dropped data.
 */
final class Headers {
    record Match(Map<Integer, Column> byIndex, List<RowError> problems) {
    }

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final Pattern BRACKETS = Pattern.compile("\\(.*?\\)");
    private static final Pattern NOISE = Pattern.compile("[\\s*]+");

    private Headers() {
    }

    static String normalize(String s) {
        if (s == null) return "";
        String half = CompanyNames.halfWidth(s);
        return NOISE.matcher(BRACKETS.matcher(half).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static Match match(Map<Integer, String> header, List<Column> columns, Columns labels, Locale locale) {
        Map<String, Column> aliases = new HashMap<>();
        for (Column c : columns) {
            aliases.putIfAbsent(normalize(c.key()), c);
            if (c.custom() != null) aliases.putIfAbsent(normalize(c.custom().code()), c);
            for (Locale l : LANGUAGES) aliases.putIfAbsent(normalize(labels.label(c, l)), c);
        }
        Map<Integer, Column> byIndex = new LinkedHashMap<>();
        Set<Column> seen = new HashSet<>();
        List<RowError> problems = new ArrayList<>();
        header.forEach((index, text) -> {
            if (text == null || text.isBlank()) return;
            Column c = aliases.get(normalize(text));
            if (c == null) {
                problems.add(new RowError(1, text.trim(), "unknown_column", "error.field.unknown_column", List.of(text.trim()), null));
            } else if (!seen.add(c)) {
                problems.add(new RowError(1, c.key(), "duplicate_column", "error.field.duplicate_column",
                        List.of(labels.label(c, locale)), null));
            } else if (c.importable()) {
                byIndex.put(index, c);
            }
        });
        for (Column c : columns) {
            if (c.required() && !seen.contains(c)) {
                problems.add(new RowError(1, c.key(), "header", "error.field.header", List.of(labels.header(c, locale)), null));
            }
        }
        return new Match(byIndex, problems);
    }
}
