package io.qike.crm.todo.web;

import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 待办事项 on the phone: every member has their own to-dos, so no permission is asked. */
@Configuration(proxyBeanMethods = false)
class TodoH5Entries {
    @Bean
    H5Entry todoH5Entry() {
        return H5Entry.mobile("todos", "todo.h5", "办", "/h5/todos", 15, null);
    }
}
