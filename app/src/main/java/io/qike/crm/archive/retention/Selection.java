package io.qike.crm.archive.retention;

import io.qike.crm.archive.pull.ArchiveMessages;
import io.qike.crm.archive.pull.ArchivedMessage;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.validation.Text;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Which messages of a conversation to retain: these msgids, those sent from {@code from} to {@code to} (ISO date-time,
 * or a form's date-time in the enterprise's clock), or the last {@code lastN}. Exactly one of the three.
 */
public record Selection(List<String> msgids, String from, String to, Integer lastN) {
    static final int MAX = 1000;

    List<ArchivedMessage> resolve(ArchiveMessages archive, String conversation, EnterpriseTime time) {
        boolean byIds = msgids != null && !msgids.isEmpty();
        boolean byRange = Text.hasText(from) || Text.hasText(to);
        boolean byLast = lastN != null;
        if ((byIds ? 1 : 0) + (byRange ? 1 : 0) + (byLast ? 1 : 0) != 1) {
            throw new InvalidInputException(FieldProblem.of("selection", "archive_select_one"));
        }
        if (byIds) {
            if (msgids.size() > MAX) throw new InvalidInputException(FieldProblem.of("msgids", "too_many", MAX));
            return archive.selected(conversation, msgids);
        }
        if (byLast) {
            if (lastN < 1 || lastN > MAX) throw new InvalidInputException(FieldProblem.of("lastN", "archive_last_n", MAX));
            return archive.latest(conversation, lastN);
        }
        Instant start = instant("from", from, time);
        Instant end = instant("to", to, time);
        if (!end.isAfter(start)) throw new InvalidInputException(FieldProblem.of("to", "archive_range_order"));
        return archive.between(conversation, start, end, MAX);
    }

    private static Instant instant(String field, String value, EnterpriseTime time) {
        if (!Text.hasText(value)) throw new InvalidInputException(FieldProblem.of(field, "required"));
        String v = value.trim();
        try {
            return v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(v).toInstant()
                    : time.fromLocal(LocalDateTime.parse(v)).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldProblem.of(field, "datetime"));
        }
    }
}
