package io.qike.crm.intel.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 关系数据 and 合作关系挖掘 stay on the computer: their lists, graphs and runs need a wide screen. */
@Configuration(proxyBeanMethods = false)
class IntelH5Entries {
    @Bean
    H5Entry intelH5Entry() {
        return H5Entry.webOnly("intel", "intel.nav", "关", "/intel/partnerships", 820, Permission.CUSTOMER_VIEW);
    }
}
