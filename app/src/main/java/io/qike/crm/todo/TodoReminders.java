package io.qike.crm.todo;

import io.qike.crm.notify.NotificationRequest;
import io.qike.crm.notify.Notifications;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.RecurringTask;
import io.qike.crm.platform.org.EnterpriseTime;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 待办提醒: every minute, on one node (a recurring task), each enterprise's due reminders are taken set-based (one
 * statement marks them reminded and returns them) and told to their assignees through the notification service in
 * the same transaction. Taken means told: the mark and the notifications commit together, so a reminder fires once
 * across runs, restarts and nodes; a run that fails rolls both back and the next run takes them again. The
 * notification's once-key ({@code todo-remind:<id>:<reminder time>}) guards it a second time; a to-do whose reminder
 * time is changed is reminded again at the new time.
 */
@Component
class TodoReminders implements RecurringTask {
    static final String KIND = "TODO_REMINDER";
    private static final Logger log = LoggerFactory.getLogger(TodoReminders.class);
    private final TodoRepository repository;
    private final Notifications notifications;
    private final EnterpriseTime time;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    TodoReminders(TodoRepository repository, Notifications notifications, EnterpriseTime time, TransactionTemplate tx) {
        this.repository = repository;
        this.notifications = notifications;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public String name() {
        return "todo.remind";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        runAt(OffsetDateTime.now(clock));
    }

    /** One run as if it were {@code now}: the reminders due by then; answers how many were sent. */
    int runAt(OffsetDateTime now) {
        int sent = 0;
        for (long tenant : repository.remindTenants(now)) {
            try {
                sent += TenantContext.callAs(tenant, () -> tx.execute(s -> remind(tenant, now)));
            } catch (RuntimeException e) {
                log.warn("To-do reminders of tenant {} not sent this time: {}", tenant, e.toString());
            }
        }
        return sent;
    }

    private int remind(long tenant, OffsetDateTime now) {
        List<TodoRepository.Row> due = repository.takeDueReminders(now);
        for (TodoRepository.Row r : due) {
            Todo t = r.todo();
            NotificationRequest.Text title = r.titleKey() == null ? NotificationRequest.Text.of("todo.reminder.title", t.title())
                    : new NotificationRequest.Text(r.titleKey(), r.titleArgs());
            NotificationRequest.Text body = t.dueAt() == null ? NotificationRequest.Text.of("todo.reminder.body.noDue")
                    : NotificationRequest.Text.of("todo.reminder.body", time.format(t.dueAt(), EnterpriseTime.MINUTE));
            notifications.notify(new NotificationRequest(tenant, List.of(t.assigneeId()), KIND, title, body,
                    "/todos/" + t.id(), "/h5/todos#todo-" + t.id(),
                    "todo-remind:" + t.id() + ":" + t.remindAt().toEpochSecond()));
        }
        return due.size();
    }
}
