package io.qike.crm.todo;

import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.org.User;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import io.qike.crm.platform.validation.Text;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办事项. Anyone signed in keeps to-dos for themselves; a to-do for someone else takes that person inside one's data
 * scope (a manager for their team). A to-do is seen by its assignee, its creator and whoever's data scope covers
 * its assignee; to anyone else it does not exist (404). The record it is on must be one the creator sees.
 */
@Service
public class TodoService {
    /** The views of the 待办 page: due today, overdue (before today), upcoming (later, or no due time), done. */
    public static final List<String> VIEWS = List.of("TODAY", "OVERDUE", "UPCOMING", "DONE");
    private final TodoRepository repository;
    private final DataScopes scopes;
    private final RecordOwners owners;
    private final AuditLog audit;
    private final EnterpriseTime time;
    private final MessageSource messages;
    private final Map<String, TodoSubject> subjects;
    private final UserService users;

    TodoService(TodoRepository repository, DataScopes scopes, RecordOwners owners, AuditLog audit, EnterpriseTime time,
                MessageSource messages, ObjectProvider<TodoSubject> subjects, UserService users) {
        this.users = users;
        this.repository = repository;
        this.scopes = scopes;
        this.owners = owners;
        this.audit = audit;
        this.time = time;
        this.messages = messages;
        this.subjects = subjects.orderedStream().collect(Collectors.toMap(TodoSubject::type, Function.identity(), (a, b) -> a));
    }

    /** The signed-in user's to-dos in a view ({@link #VIEWS}), their own ({@code mine}) or all they may see (my team). */
    @Transactional(readOnly = true)
    public List<Todo> list(String view, boolean mine, int limit) {
        Checks c = new Checks();
        String v = c.option("view", view == null ? null : view.toUpperCase(Locale.ROOT), VIEWS);
        c.throwIfAny();
        if (v == null) v = "TODAY";
        return seen(repository.list(filter(TodoRepository.View.valueOf(v), mine, null, null), scopes.current(), me().userId(),
                Math.min(Math.max(limit, 1), 500)));
    }

    /** How many of the signed-in user's own open to-dos are due today (the menu's badge, the home section's figure). */
    @Transactional(readOnly = true)
    public long todayCount() {
        return repository.count(filter(TodoRepository.View.TODAY, true, null, null), scopes.current(), me().userId());
    }

    /** The to-dos on one record that the user may see, open ones first; the record must be one they see (else 404). */
    @Transactional(readOnly = true)
    public List<Todo> forSubject(String type, long id) {
        subject(type, id);
        return seen(repository.list(filter(TodoRepository.View.ALL, false, type, id), scopes.current(), me().userId(), 100));
    }

    /** The name of a record the user may put a to-do on; empty when the type is unknown or the record not visible. */
    public Optional<String> subjectLabel(String type, long id) {
        TodoSubject s = type == null ? null : subjects.get(type);
        return s == null ? Optional.empty() : s.visibleLabel(id);
    }

    /** The name of a record the user may put a to-do on; 404 when the type is unknown or the record not one they see. */
    public String subject(String type, long id) {
        String t = type == null ? null : type.trim().toUpperCase(Locale.ROOT);
        return subjectLabel(t, id).orElseThrow(() -> new NotFoundException(t == null ? "subject" : t.toLowerCase(Locale.ROOT), id));
    }

    /** Whom the signed-in user may give a to-do: the active users of their data scope (themselves always). */
    public List<User> assignees() {
        VisibleOwners visible = scopes.current();
        long me = me().userId();
        return users.list().stream().filter(u -> "ACTIVE".equals(u.status()) && (u.id() == me || visible.includes(u.id()))).toList();
    }

    @Transactional(readOnly = true)
    public Todo get(long id) {
        return seen(List.of(visibleRow(id))).get(0);
    }

    @Transactional
    public long create(TodoDraft draft) {
        QikeUser me = me();
        TodoRepository.Values v = check(draft, me);
        long id = repository.insert(v, me.userId());
        audit.record("CREATE", "TODO", id, v.title());
        return id;
    }

    @Transactional
    public Todo update(long id, TodoDraft draft) {
        QikeUser me = me();
        Todo before = get(id);
        // A system to-do keeps its title (a message in the reader's language) unless the user typed another one.
        boolean keepTitle = before.system() && (draft.title() == null || draft.title().trim().equals(before.title()));
        TodoDraft d = keepTitle ? withTitle(draft, before.title()) : draft;
        TodoRepository.Values v = check(d, me);
        if (repository.update(id, v, draft.version(), keepTitle) == 0) {
            throw new ConflictException("todo_changed", "todo.changed", Map.of("id", id));
        }
        Todo after = get(id);
        Map<Long, String> names = owners.names(List.of(before.assigneeId(), after.assigneeId()));
        audit.record("UPDATE", "TODO", id, after.title(), AuditDiff.of()
                .field("title", before.title(), after.title()).field("note", before.note(), after.note())
                .field("subject", subjectText(before), subjectText(after))
                .field("dueAt", minutes(before.dueAt()), minutes(after.dueAt()))
                .field("remindAt", minutes(before.remindAt()), minutes(after.remindAt()))
                .field("assignee", names.get(before.assigneeId()), names.get(after.assigneeId())).changes());
        return after;
    }

    /** Ticks a to-do done (完成) or open again; doing what is already so changes nothing. */
    @Transactional
    public Todo done(long id, boolean done) {
        Todo before = get(id);
        if (before.done() == done) return before;
        repository.done(id, done, me().userId());
        audit.record(done ? "TODO_DONE" : "TODO_REOPEN", "TODO", id, before.title());
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        Todo t = get(id);
        repository.delete(id);
        audit.record("DELETE", "TODO", id, t.title());
    }

    /** What the edit form shows for a to-do (times as the enterprise's datetime-local text). */
    public TodoDraft draftOf(Todo t) {
        return new TodoDraft(t.title(), t.note(), t.subjectType(), t.subjectId(), local(t.dueAt()), local(t.remindAt()),
                t.assigneeId(), t.version());
    }

    /**
     * A system to-do (from another module's event) for {@code assigneeId}, once per {@code onceKey} in the current
     * tenant: false when it was made before. Its title is a message rendered in the reader's language.
     */
    @Transactional
    boolean createSystem(String kind, String onceKey, long assigneeId, String titleKey, List<String> titleArgs, String name,
                         String subjectType, Long subjectId, OffsetDateTime dueAt, OffsetDateTime remindAt) {
        TodoRepository.Values v = new TodoRepository.Values(name, null, subjectType, subjectId, dueAt, remindAt, assigneeId);
        Optional<Long> id = repository.insertSystem(kind, onceKey, v, titleKey, titleArgs);
        id.ifPresent(i -> audit.record("CREATE", "TODO", i, name));
        return id.isPresent();
    }

    /** What a sales record's follow-up plans now: for whom, on which customer (and its name), when. */
    record PlannedFollowUp(long assigneeId, long customerId, String customerName, OffsetDateTime at) {
    }

    /**
     * Keeps the system to-do 跟进客户 of a sales record in line with what the record plans now ({@code planned}, read
     * under the record's lock; empty when it plans nothing any more): made when none is open, its due and reminder time
     * moved when the plan moved, removed when the plan was cleared. One handler at a time per record, each reading the
     * latest plan, so events handled twice or out of order end in one open to-do at the planned time.
     */
    @Transactional
    void keepFollowUp(long recordId, java.util.function.Supplier<Optional<PlannedFollowUp>> planned) {
        repository.lockFollowUp(recordId);
        String prefix = "follow-up:" + recordId + ":";
        Optional<PlannedFollowUp> wanted = planned.get();
        Optional<TodoRepository.Row> open = repository.openSystem(SystemTodos.FOLLOW_UP, prefix);
        if (wanted.isEmpty()) {
            open.ifPresent(r -> {
                repository.delete(r.todo().id());
                audit.record("DELETE", "TODO", r.todo().id(), r.todo().title());
            });
            return;
        }
        PlannedFollowUp f = wanted.get();
        String key = prefix + f.at().toEpochSecond();
        if (open.isEmpty()) {
            createSystem(SystemTodos.FOLLOW_UP, key, f.assigneeId(), "todo.system.followUp", List.of(f.customerName()), f.customerName(),
                    "CUSTOMER", f.customerId(), f.at(), f.at());
            return;
        }
        Todo t = open.get().todo();
        if (t.dueAt() != null && t.dueAt().isEqual(f.at())) return;
        repository.moveSystem(t.id(), key, f.at(), f.at());
        audit.record("UPDATE", "TODO", t.id(), t.title(), AuditDiff.of().field("dueAt", local(t.dueAt()), local(f.at()))
                .field("remindAt", local(t.remindAt()), local(f.at())).changes());
    }

    /** A system to-do's title in the reader's language; a user's own text as typed. */
    String title(TodoRepository.Row r) {
        if (r.titleKey() == null) return r.todo().title();
        return messages.getMessage(r.titleKey(), r.titleArgs().toArray(), r.todo().title(), LocaleContextHolder.getLocale());
    }

    private TodoRepository.Row visibleRow(long id) {
        QikeUser me = me();
        VisibleOwners visible = scopes.current();
        return repository.find(id).filter(r -> r.todo().assigneeId() == me.userId() || (r.todo().creatorId() != null
                        && r.todo().creatorId() == me.userId()) || visible.includes(r.todo().assigneeId()))
                .orElseThrow(() -> new NotFoundException("todo", id));
    }

    private TodoRepository.Values check(TodoDraft d, QikeUser me) {
        Checks c = new Checks();
        // "todo.title": field.title is a contact's 职务.
        String title = c.text("todo.title", d.title(), MaxLength.TODO_TITLE, true);
        String note = c.text("note", d.note(), MaxLength.TODO_NOTE, false);
        OffsetDateTime due = at(c, "dueAt", d.dueAt());
        OffsetDateTime remind = at(c, "remindAt", d.remindAt());
        String type = Text.isBlank(d.subjectType()) ? null : d.subjectType().trim().toUpperCase(Locale.ROOT);
        Long subjectId = type == null ? null : d.subjectId();
        if (type != null) {
            if (!subjects.containsKey(type)) c.add("subjectType", "invalid_option");
            else if (subjectId == null) c.add("subjectId", "required");
            else if (subjectLabel(type, subjectId).isEmpty()) c.add("subjectId", "not_found");
        }
        long assignee = me.userId();
        if (d.assigneeId() != null && d.assigneeId() != me.userId()) {
            // Someone else: only within one's data scope, and an active user of the enterprise.
            if (!scopes.current().includes(d.assigneeId())) c.add("assigneeId", "todo_out_of_scope");
            else if (!owners.candidates().departments().containsKey(d.assigneeId())) c.add("assigneeId", "not_found");
            else assignee = d.assigneeId();
        }
        c.throwIfAny();
        return new TodoRepository.Values(title, note, type, subjectId, due, remind, assignee);
    }

    /** A typed time: the form's datetime-local on the enterprise's clock, or ISO-8601 with an offset (the API). */
    private OffsetDateTime at(Checks c, String field, String text) {
        if (Text.isBlank(text)) return null;
        String s = text.trim();
        try {
            return s.matches(".*T.*(Z|[+-]\\d\\d:\\d\\d)$") ? OffsetDateTime.parse(s)
                    : time.fromLocal(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
            c.add(field, "datetime");
            return null;
        }
    }

    private TodoRepository.Filter filter(TodoRepository.View view, boolean mine, String subjectType, Long subjectId) {
        LocalDate today = time.today();
        return new TodoRepository.Filter(view, mine, time.startOf(today), time.startOf(today.plusDays(1)), subjectType, subjectId);
    }

    /** The rows as the reader sees them: titles rendered, subjects named when visible, assignees named. */
    private List<Todo> seen(List<TodoRepository.Row> rows) {
        if (rows.isEmpty()) return List.of();
        Map<Long, String> names = owners.names(rows.stream().map(r -> r.todo().assigneeId()).distinct().toList());
        Map<String, Optional<String>> labels = new HashMap<>();
        return rows.stream().map(r -> {
            Todo t = r.todo();
            String label = null, path = null;
            if (t.subjectType() != null) {
                label = labels.computeIfAbsent(t.subjectType() + ":" + t.subjectId(), k -> subjectLabel(t.subjectType(), t.subjectId())).orElse(null);
                if (label != null) path = subjects.get(t.subjectType()).webPath(t.subjectId());
            }
            return t.seenAs(title(r), label, path, names.get(t.assigneeId()));
        }).toList();
    }

    /** The H5 page of a to-do's record, when it has one and the reader sees it. */
    public String h5Path(Todo t) {
        if (t.subjectType() == null || t.subjectLabel() == null) return null;
        return h5Path(t.subjectType(), t.subjectId());
    }

    /** The H5 page of a record of a kind to-dos can be on; null when the kind has none (or is unknown). */
    public String h5Path(String subjectType, long subjectId) {
        TodoSubject s = subjectType == null ? null : subjects.get(subjectType.trim().toUpperCase(Locale.ROOT));
        return s == null ? null : s.h5Path(subjectId);
    }

    private static TodoDraft withTitle(TodoDraft d, String title) {
        return new TodoDraft(title, d.note(), d.subjectType(), d.subjectId(), d.dueAt(), d.remindAt(), d.assigneeId(), d.version());
    }

    private String subjectText(Todo t) {
        return t.subjectType() == null ? null : t.subjectLabel() != null ? t.subjectLabel() : t.subjectType() + " " + t.subjectId();
    }

    private String minutes(OffsetDateTime at) {
        return at == null ? null : time.format(at, EnterpriseTime.MINUTE);
    }

    private String local(OffsetDateTime at) {
        return at == null ? null : time.local(at).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static QikeUser me() {
        return CurrentUser.require();
    }
}
