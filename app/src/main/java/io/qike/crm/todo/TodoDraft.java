package io.qike.crm.todo;

/**
 * What a user submits for a to-do. {@code dueAt} and {@code remindAt} are date-time text: a form's
 * {@code datetime-local} (read on the enterprise's clock) or ISO-8601 with an offset (the API). A null
 * {@code assigneeId} means oneself; a null {@code subjectType} a to-do on nothing. {@code version}, when given,
 * must be the stored one (someone else's change in between is a conflict).
 */
public record TodoDraft(String title, String note, String subjectType, Long subjectId, String dueAt, String remindAt,
                        Long assigneeId, Integer version) {
}
