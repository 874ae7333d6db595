package io.qike.crm.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.qike.crm.platform.QikeProperties;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Two pools on one database: the owner pool (Flyway, login, system jobs, Quartz's tables) and the
 * application pool, whose connections act as role {@code qike_app} under row-level security. Without a configured
 * URL an embedded PostgreSQL is started; the {@code prod} profile refuses that.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    record DatabaseTarget(String url, String username, String password) {
        @Override
        public String toString() {
            return "DatabaseTarget[" + url + " as " + username + "]";
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DataSourceProperties props, QikeProperties qike, Environment env) {
        if (StringUtils.hasText(props.getUrl())) {
            return new EmbeddedDatabaseHolder(null);
        }
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The prod profile needs an explicit database: set SPRING_DATASOURCE_URL "
                    + "(and SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD).");
        }
        return new EmbeddedDatabaseHolder(EarlyDatabaseStart.take(qike.dataDir()));
    }

    @Bean
    DatabaseTarget databaseTarget(DataSourceProperties props, EmbeddedDatabaseHolder embedded) {
        if (embedded.database() != null) {
            EmbeddedDatabase db = embedded.database();
            return new DatabaseTarget(db.jdbcUrl(), db.username(), db.password());
        }
        return new DatabaseTarget(props.getUrl(), props.getUsername(), props.getPassword());
    }

    @Bean(destroyMethod = "close")
    @FlywayDataSource
    @QuartzDataSource
    @Qualifier("ownerDataSource")
    HikariDataSource ownerDataSource(DatabaseTarget target) {
        // Quartz asks for its worker threads (2) plus three connections of its own; logins and system work share the rest.
        HikariConfig config = base(target, "qike-owner", 8);
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    @Qualifier("appPool")
    HikariDataSource appPool(DatabaseTarget target) {
        HikariConfig config = base(target, "qike-app", 12);
        // Searches plan for their actual keyword (see CustomPlans); everything else may reuse plans.
        // No parallel workers: for short queries their start-up costs more than they save, and under
        // many concurrent users they only compete for the same cores.
        config.setConnectionInitSql("set role qike_app; set max_parallel_workers_per_gather = 0");
        // The role qike_app is created by the migrations: connect lazily, after Flyway has run.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("appPool") HikariDataSource appPool) {
        return new TenantConnectionDataSource(appPool);
    }

    private static HikariConfig base(DatabaseTarget target, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        config.setUsername(target.username());
        config.setPassword(target.password());
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        return config;
    }

    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) database.close();
        }
    }
}
