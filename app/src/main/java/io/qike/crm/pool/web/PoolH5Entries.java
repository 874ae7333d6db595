package io.qike.crm.pool.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 公海 on the phone: the pools' customers and 领取. */
@Configuration(proxyBeanMethods = false)
class PoolH5Entries {
    @Bean
    H5Entry poolsH5Entry() {
        return H5Entry.mobile("pools", "pool.h5.title", "公", "/h5/pools", 120, Permission.POOL_CLAIM);
    }
}
