package io.qike.crm.platform.security;

import io.qike.crm.platform.database.SystemDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per key (a login name or an address), on the owner's connection: nobody is signed in yet. */
@Repository
class LoginAttemptRepository {
    private final JdbcClient jdbc;

    LoginAttemptRepository(SystemDatabase system) {
        this.jdbc = system.jdbc();
    }

    /** The latest time until which one of these keys must wait, if any must wait now. */
    Optional<OffsetDateTime> waitUntil(List<String> keys) {
        return jdbc.sql("select max(next_attempt_at) from login_attempt where key in (:keys) and next_attempt_at > now()")
                .param("keys", keys).query(OffsetDateTime.class).optional();
    }

    /**
     * Counts one failure; after {@code free} failures within the window each further one makes the next
     * attempt wait {@code firstDelay}, doubled per failure up to {@code maxDelay}. A key whose last failure
     * is older than the window starts again from one. Answers when the key's next attempt may come.
     */
    OffsetDateTime fail(String key, int free, Duration firstDelay, Duration maxDelay, Duration window) {
        return jdbc.sql("""
                insert into login_attempt as a(key, failures, last_failure_at, next_attempt_at)
                values (:key, 1, now(), now() + case when 1 >= :free then make_interval(secs => :first) else interval '0' end)
                on conflict (key) do update set
                  failures = case when a.last_failure_at < now() - make_interval(secs => :window) then 1 else a.failures + 1 end,
                  last_failure_at = now(),
                  next_attempt_at = now() + case
                    when (case when a.last_failure_at < now() - make_interval(secs => :window) then 1 else a.failures + 1 end) < :free
                      then interval '0'
                    else make_interval(secs => least(:max, :first * power(2, least(30,
                      (case when a.last_failure_at < now() - make_interval(secs => :window) then 1 else a.failures + 1 end) - :free))))
                  end
                returning next_attempt_at""")
                .param("key", key).param("free", free).param("first", seconds(firstDelay)).param("max", seconds(maxDelay))
                .param("window", seconds(window)).query(OffsetDateTime.class).single();
    }

    void forget(String key) {
        jdbc.sql("delete from login_attempt where key = ?").param(key).update();
    }

    /** Keys whose last failure is older than the window count from one again anyway; their rows can go. */
    int forgetOlderThan(Duration window) {
        return jdbc.sql("delete from login_attempt where last_failure_at < now() - make_interval(secs => ?)")
                .param(seconds(window)).update();
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
