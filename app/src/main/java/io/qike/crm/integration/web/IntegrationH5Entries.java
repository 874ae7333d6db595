package io.qike.crm.integration.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 集成中心 stays on the computer: connectors, flows and the run log are administration. */
@Configuration(proxyBeanMethods = false)
class IntegrationH5Entries {
    @Bean
    H5Entry integrationH5Entry() {
        return H5Entry.webOnly("integration", "integration.title", "集", "/admin/integration", 910, Permission.ADMIN_INTEGRATION);
    }
}
