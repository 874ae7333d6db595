package io.qike.crm.customer.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 客户 and 附近客户 on the phone. */
@Configuration(proxyBeanMethods = false)
class CustomerH5Entries {
    @Bean
    H5Entry customersH5Entry() {
        return H5Entry.mobile("customers", "nav.customers", "客", "/h5/customers", 100, Permission.CUSTOMER_VIEW);
    }

    @Bean
    H5Entry nearbyH5Entry() {
        return H5Entry.mobile("nearby", "h5.nearby", "近", "/h5/nearby", 110, Permission.CUSTOMER_VIEW);
    }
}
