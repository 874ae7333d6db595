package io.qike.crm.opportunity.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 商机 on the phone: the list, the detail and the stage move. */
@Configuration(proxyBeanMethods = false)
class OpportunityH5Entries {
    @Bean
    H5Entry opportunitiesH5Entry() {
        return H5Entry.mobile("opportunities", "nav.opportunities", "商", "/h5/opportunities", 250, Permission.OPPORTUNITY_VIEW);
    }
}
