package io.qike.crm.todo.web;

import io.qike.crm.platform.validation.Text;
import io.qike.crm.todo.TodoDraft;

/** The create and edit forms of a to-do, as the browser posts them ({@code datetime-local} times). */
public class TodoForm {
    private String title, note, subjectType, dueAt, remindAt;
    private Long subjectId, assigneeId;
    private Integer version;

    public TodoForm() {
    }

    TodoForm(String subjectType, Long subjectId) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    static TodoForm of(TodoDraft d) {
        TodoForm f = new TodoForm(d.subjectType(), d.subjectId());
        f.title = d.title();
        f.note = d.note();
        f.dueAt = d.dueAt();
        f.remindAt = d.remindAt();
        f.assigneeId = d.assigneeId();
        f.version = d.version();
        return f;
    }

    TodoDraft toDraft() {
        return new TodoDraft(title, note, Text.isBlank(subjectType) ? null : subjectType, subjectId, dueAt, remindAt, assigneeId, version);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String v) { subjectType = v; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long v) { subjectId = v; }
    public String getDueAt() { return dueAt; }
    public void setDueAt(String v) { dueAt = v; }
    public String getRemindAt() { return remindAt; }
    public void setRemindAt(String v) { remindAt = v; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long v) { assigneeId = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
