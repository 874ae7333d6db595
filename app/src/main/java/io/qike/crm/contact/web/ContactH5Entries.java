package io.qike.crm.contact.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 联系人 on the phone: the contacts list, which fits a narrow screen. */
@Configuration(proxyBeanMethods = false)
class ContactH5Entries {
    @Bean
    H5Entry contactsH5Entry() {
        return H5Entry.mobile("contacts", "nav.contacts", "联", "/contacts", 200, Permission.CONTACT_VIEW);
    }
}
