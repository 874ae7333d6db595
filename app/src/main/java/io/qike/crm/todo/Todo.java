package io.qike.crm.todo;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A to-do (待办) as its reader sees it: {@code title} is the user's text or, for a system to-do, its message
 * rendered in the reader's language; {@code subjectLabel} is the name of the record it is on, null when the reader
 * may not see that record (or it is on nothing); {@code subjectPath} the record's web page then.
 */
public record Todo(long id, String title, String note, String subjectType, Long subjectId, String subjectLabel,
                   String subjectPath, OffsetDateTime dueAt, OffsetDateTime remindAt, OffsetDateTime remindedAt,
                   long assigneeId, String assigneeName, Long creatorId, OffsetDateTime doneAt, Long doneBy,
                   String systemKind, OffsetDateTime createdAt, int version) {

    /** What a to-do may be on. LEAD and OPPORTUNITY count once their modules provide a {@link TodoSubject}. */
    public static final List<String> SUBJECT_TYPES = List.of("LEAD", "CUSTOMER", "CONTACT", "OPPORTUNITY");

    public boolean done() {
        return doneAt != null;
    }

    public boolean system() {
        return systemKind != null;
    }

    Todo seenAs(String renderedTitle, String label, String path, String assignee) {
        return new Todo(id, renderedTitle, note, subjectType, subjectId, label, path, dueAt, remindAt, remindedAt, assigneeId,
                assignee, creatorId, doneAt, doneBy, systemKind, createdAt, version);
    }
}
