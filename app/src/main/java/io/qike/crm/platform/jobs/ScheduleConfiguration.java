package io.qike.crm.platform.jobs;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Two kinds of schedule. Work for the whole installation is a {@link RecurringTask}, run by Quartz
 * (spring.quartz.* in application.yml) on one node at a time; its tables hold no tenant data and live
 * on the owner pool (see DatabaseConfiguration). Housekeeping of a node's own memory, which every node
 * must do for itself, uses Spring's {@code @Scheduled}, switched on here.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduleConfiguration {

    /** Quartz's own writes in a transaction of its own pool, not of the application's. */
    @Bean
    @Order(1)
    SchedulerFactoryBeanCustomizer quartzTransactions(@Qualifier("ownerDataSource") DataSource owner) {
        return factory -> factory.setTransactionManager(new DataSourceTransactionManager(owner));
    }
}
