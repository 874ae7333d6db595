package io.qike.crm.salesrecord.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 工作圈, 销售记录 and 外勤 on the phone. */
@Configuration(proxyBeanMethods = false)
class SalesRecordH5Entries {
    @Bean
    H5Entry feedH5Entry() {
        return H5Entry.mobile("feed", "h5.feed", "圈", "/h5/feed", 50, Permission.SALESRECORD_VIEW);
    }

    @Bean
    H5Entry checkInH5Entry() {
        return H5Entry.mobile("checkin", "h5.checkin", "勤", "/h5/checkin", 60, Permission.SALESRECORD_CREATE);
    }
}
