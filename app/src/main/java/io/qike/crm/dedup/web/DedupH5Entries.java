package io.qike.crm.dedup.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 查重工具 on the phone: one search box and its findings. */
@Configuration(proxyBeanMethods = false)
class DedupH5Entries {
    @Bean
    H5Entry dedupH5Entry() {
        return H5Entry.mobile("dedup", "nav.dedup", "查", "/dedup", 300, Permission.CUSTOMER_VIEW);
    }
}
