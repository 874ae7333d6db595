package io.qike.crm.lead.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 销售线索 and 线索池 on the phone: my leads, and the pools to claim from. */
@Configuration(proxyBeanMethods = false)
class LeadH5Entries {
    @Bean
    H5Entry leadsH5Entry() {
        return H5Entry.mobile("leads", "lead.nav", "线", "/h5/leads", 210, Permission.LEAD_VIEW);
    }

    @Bean
    H5Entry leadPoolsH5Entry() {
        return H5Entry.mobile("lead-pools", "lead.pools.title", "池", "/h5/lead-pools", 220, Permission.LEAD_VIEW);
    }
}
