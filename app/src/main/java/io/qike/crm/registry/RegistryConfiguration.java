package io.qike.crm.registry;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The registry counts cache hits in memory and writes them on a schedule; later it refreshes stale data on one too. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RegistryConfiguration {
}
