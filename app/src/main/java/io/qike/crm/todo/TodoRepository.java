package io.qike.crm.todo;

import io.qike.crm.customer.CustomerMergeParticipant;
import io.qike.crm.platform.VisibleOwners;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** To-do rows (table {@code todo}); the service adds the subjects' and assignees' names from the modules that keep them. */
@Repository
class TodoRepository implements CustomerMergeParticipant {
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    TodoRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored row: the to-do with its stored title, and a system to-do's title as message key and arguments. */
    record Row(Todo todo, String titleKey, List<String> titleArgs) {
    }

    /** A to-do's checked values as they are stored. */
    record Values(String title, String note, String subjectType, Long subjectId, OffsetDateTime dueAt, OffsetDateTime remindAt,
                  long assigneeId) {
    }

    /** Which to-dos a list shows: a view (by due day, or done), the reader's own or all they may see, optionally of one record. */
    record Filter(View view, boolean mine, OffsetDateTime dayStart, OffsetDateTime dayEnd, String subjectType, Long subjectId) {
    }

    enum View { TODAY, OVERDUE, UPCOMING, DONE, ALL }

    long insert(Values v, long creatorId) {
        return jdbc.sql("""
                insert into todo(title, note, subject_type, subject_id, due_at, remind_at, assignee_id, creator_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(v.title(), v.note(), v.subjectType(), v.subjectId(), v.dueAt(), v.remindAt(), v.assigneeId(), creatorId)
                .query(Long.class).single();
    }

    /** A system to-do, once per once-key: empty when one with the key is there already. */
    Optional<Long> insertSystem(String kind, String onceKey, Values v, String titleKey, List<String> titleArgs) {
        return jdbc.sql("""
                insert into todo(title, title_key, title_args, subject_type, subject_id, due_at, remind_at, assignee_id, system_kind, once_key)
                values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, once_key) where once_key is not null do nothing returning id""")
                .params(v.title(), titleKey, json.writeValueAsString(titleArgs), v.subjectType(), v.subjectId(), v.dueAt(), v.remindAt(),
                        v.assigneeId(), kind, onceKey)
                .query(Long.class).optional();
    }

    /**
     * Holds until the transaction ends: the system to-do of one sales record's follow-up is kept by one event handler at
     * a time. Two keys, the record id in 32 bits: a collision only makes two records' handlers wait for each other.
     */
    void lockFollowUp(long recordId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(FOLLOW_UP_LOCK, (int) recordId).query((rs, i) -> 1).list();
    }

    private static final int FOLLOW_UP_LOCK = 0x466f6c6c; // "Foll"

    /** The open system to-do of this kind whose once-key starts with {@code keyPrefix}, if any (the oldest). */
    Optional<Row> openSystem(String kind, String keyPrefix) {
        return jdbc.sql("select * from todo where system_kind = ? and starts_with(once_key, ?) and done_at is null order by id limit 1")
                .params(kind, keyPrefix).query(this::map).optional();
    }

    /**
     * A system to-do moved to another time: due and reminded then (a reminder already sent is sent again), its once-key
     * the new one unless another to-do holds it already.
     */
    void moveSystem(long id, String onceKey, OffsetDateTime dueAt, OffsetDateTime remindAt) {
        jdbc.sql("""
                update todo set due_at = :due, remind_at = :remind,
                  reminded_at = case when remind_at is distinct from :remind then null else reminded_at end,
                  once_key = case when exists (select 1 from todo o where o.once_key = :key and o.id <> :id) then once_key else :key end,
                  updated_at = now(), version = version + 1
                where id = :id""")
                .param("due", dueAt).param("remind", remindAt).param("key", onceKey).param("id", id).update();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from todo where id = ?").param(id).query(this::map).optional();
    }

    /**
     * Changes a to-do ({@code keepTitle}: a system to-do's title stays its message); a new reminder time is reminded of again. With a version, only that version is changed: 0 rows
     * when someone else changed it in between.
     */
    int update(long id, Values v, Integer version, boolean keepTitle) {
        return jdbc.sql("""
                update todo set title = case when :keepTitle then title else :title end,
                  title_key = case when :keepTitle then title_key end,
                  title_args = case when :keepTitle then title_args else '[]' end, note = :note, subject_type = :subjectType, subject_id = :subjectId, due_at = :dueAt,
                  reminded_at = case when remind_at is distinct from :remindAt then null else reminded_at end,
                  remind_at = :remindAt, assignee_id = :assignee, updated_at = now(), version = version + 1
                where id = :id and (cast(:version as integer) is null or version = :version)""")
                .param("title", v.title()).param("note", v.note()).param("subjectType", v.subjectType()).param("subjectId", v.subjectId())
                .param("dueAt", v.dueAt()).param("remindAt", v.remindAt()).param("assignee", v.assigneeId()).param("id", id)
                .param("version", version).param("keepTitle", keepTitle).update();
    }

    void done(long id, boolean done, long by) {
        jdbc.sql("""
                update todo set done_at = case when :done then coalesce(done_at, now()) end, done_by = case when :done then coalesce(done_by, :by) end,
                  updated_at = now(), version = version + 1 where id = :id""")
                .param("done", done).param("by", by).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from todo where id = ?").param(id).update();
    }

    List<Row> list(Filter f, VisibleOwners visible, long me, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, visible, me, params);
        String order = f.view() == View.DONE ? "t.done_at desc, t.id desc"
                : f.view() == View.ALL ? "(t.done_at is not null), t.due_at nulls last, t.id" : "t.due_at nulls last, t.id";
        return jdbc.sql("select t.* from todo t where " + where + " order by " + order + " limit :limit")
                .params(params).param("limit", limit).query(this::map).list();
    }

    long count(Filter f, VisibleOwners visible, long me) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from todo t where " + where(f, visible, me, params)).params(params).query(Long.class).single();
    }

    private static String where(Filter f, VisibleOwners visible, long me, Map<String, Object> params) {
        params.put("me", me);
        StringBuilder w = new StringBuilder(f.mine() ? "t.assignee_id = :me"
                : "(t.assignee_id = :me or t.creator_id = :me or " + visible.sqlCondition("t.assignee_id") + ")");
        if (!f.mine()) params.putAll(visible.parameters());
        switch (f.view()) {
            case TODAY -> w.append(" and t.done_at is null and t.due_at >= :dayStart and t.due_at < :dayEnd");
            case OVERDUE -> w.append(" and t.done_at is null and t.due_at < :dayStart");
            case UPCOMING -> w.append(" and t.done_at is null and (t.due_at >= :dayEnd or t.due_at is null)");
            case DONE -> w.append(" and t.done_at is not null");
            case ALL -> { }
        }
        if (f.view() != View.DONE && f.view() != View.ALL) {
            params.put("dayStart", f.dayStart());
            params.put("dayEnd", f.dayEnd());
        }
        if (f.subjectType() != null) {
            w.append(" and t.subject_type = :subjectType and t.subject_id = :subjectId");
            params.put("subjectType", f.subjectType());
            params.put("subjectId", f.subjectId());
        }
        return w.toString();
    }

    /** The tenants with reminders due at {@code now} (the run has no tenant yet). */
    List<Long> remindTenants(OffsetDateTime now) {
        return jdbc.sql("select tenant_id from todo_remind_tenants(?) order by tenant_id").param(now).query(Long.class).list();
    }

    /**
     * Takes the current tenant's reminders due at {@code now}, set-based: marks them reminded and returns them, in the
     * caller's transaction. A second run, or another node running at the same moment, finds them marked (the row lock
     * makes the other statement wait and then see the mark), so each reminder is taken once.
     */
    List<Row> takeDueReminders(OffsetDateTime now) {
        return jdbc.sql("""
                update todo set reminded_at = now()
                where remind_at <= ? and reminded_at is null and done_at is null
                returning *""").param(now).query(this::map).list();
    }

    /** 合并客户: the merged customer's to-dos are on the surviving customer. */
    @Override
    public void moveTo(long from, long into) {
        jdbc.sql("update todo set subject_id = ? where subject_type = 'CUSTOMER' and subject_id = ?").params(into, from).update();
    }

    private Row map(ResultSet rs, int i) throws SQLException {
        Todo t = new Todo(rs.getLong("id"), rs.getString("title"), rs.getString("note"), rs.getString("subject_type"),
                rs.getObject("subject_id", Long.class), null, null, rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("remind_at", OffsetDateTime.class), rs.getObject("reminded_at", OffsetDateTime.class),
                rs.getLong("assignee_id"), null, rs.getObject("creator_id", Long.class), rs.getObject("done_at", OffsetDateTime.class),
                rs.getObject("done_by", Long.class), rs.getString("system_kind"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("version"));
        return new Row(t, rs.getString("title_key"), json.readValue(rs.getString("title_args"), LIST));
    }
}
