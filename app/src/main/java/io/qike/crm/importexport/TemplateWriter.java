package io.qike.crm.importexport;

import cn.idev.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The import template: a header row in the user's language (required columns starred), text-formatted
 * columns with drop-downs for options, and a second sheet explaining each column's format and allowed values.
 */
@Component
class TemplateWriter {
    private final Columns columns;
    private final MessageSource messages;
    private final ImportProperties properties;

    TemplateWriter(Columns columns, MessageSource messages, ImportProperties properties) {
        this.columns = columns;
        this.messages = messages;
        this.properties = properties;
    }

    void write(ImportObject object, Locale locale, OutputStream out) {
        List<Column> cols = columns.of(object);
        Map<Integer, List<String>> options = new HashMap<>();
        for (int i = 0; i < cols.size(); i++) {
            List<String> labels = columns.optionLabels(cols.get(i), locale);
            if (!labels.isEmpty()) options.put(i, labels);
        }
        try (ExcelWriter writer = Sheets.writer(out)) {
            writer.write(List.of(), Sheets.sheet(0, msg("imports.template.sheet." + object, locale),
                    cols.stream().map(c -> columns.header(c, locale)).toList(), 20,
                    new Sheets.TextColumns(cols.size()), new Sheets.OptionLists(options, properties.maxRows())));
            List<List<Object>> help = new ArrayList<>();
            for (Column c : cols) {
                help.add(List.of(columns.header(c, locale), msg(c.required() ? "common.yes" : "common.no", locale), describe(object, c, locale)));
            }
            writer.write(help, Sheets.sheet(1, msg("imports.template.help", locale), List.of(msg("imports.template.column", locale),
                    msg("imports.template.required", locale), msg("imports.template.description", locale)), 40));
        }
    }

    /** What goes in a column: its format, then its allowed values. */
    private String describe(ImportObject object, Column c, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (c.custom() != null) {
            parts.add(msg("fieldType." + c.custom().type(), locale));
            String hint = messages.getMessage("imports.help.type." + c.custom().type(), null, null, locale);
            if (hint != null) parts.add(hint);
        } else {
            String specific = messages.getMessage("imports.help." + object + "." + c.key(), null, null, locale);
            String general = messages.getMessage("imports.help.kind." + c.kind(), null, null, locale);
            if (specific != null) parts.add(specific);
            else if (general != null) parts.add(general);
        }
        List<String> options = columns.optionLabels(c, locale);
        if (!options.isEmpty()) {
            parts.add(messages.getMessage("imports.help.options", new Object[]{String.join(msg("imports.help.separator", locale), options)},
                    locale));
        }
        if (c.custom() != null && c.custom().unique()) parts.add(msg("imports.help.unique", locale));
        return String.join(msg("imports.help.separator", locale), parts);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
