package io.qike.crm.platform.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known, so
 * that it comes up while Spring builds the application context instead of after it (seconds off
 * every start). The database bean then takes the running instance for its data folder; registered
 * in {@code META-INF/spring.factories}.
 */
public class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    private static final Map<Path, CompletableFuture<EmbeddedDatabase>> STARTING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTING.values().forEach(f -> f.thenAccept(db -> {
            try {
                db.close();
            } catch (Exception ignored) {
                // the process is ending anyway
            }
        })), "qike-embedded-db-cleanup"));
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (StringUtils.hasText(env.getProperty("spring.datasource.url")) || env.acceptsProfiles(Profiles.of("prod"))) return;
        String dir = env.getProperty("qike.data-dir", "data");
        // A folder from a random value (tests) is different each time it is read: leave those alone.
        if (!dir.equals(env.getProperty("qike.data-dir", "data"))) return;
        Path key = Path.of(dir).toAbsolutePath().normalize();
        STARTING.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(k),
                r -> new Thread(r, "qike-embedded-db-start").start()));
    }

    /** The instance started early for this folder, or a new one started now. */
    static EmbeddedDatabase take(Path dataDir) {
        CompletableFuture<EmbeddedDatabase> early = STARTING.remove(dataDir.toAbsolutePath().normalize());
        return early == null ? EmbeddedDatabase.start(dataDir) : early.join();
    }
}
