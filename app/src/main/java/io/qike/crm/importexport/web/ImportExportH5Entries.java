package io.qike.crm.importexport.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.H5Entry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 导入导出 stay on the computer: a workbook is chosen, uploaded and checked there. */
@Configuration(proxyBeanMethods = false)
class ImportExportH5Entries {
    @Bean
    H5Entry importsH5Entry() {
        return H5Entry.webOnly("imports", "nav.imports", "导", "/imports", 800, Permission.CUSTOMER_IMPORT);
    }

    @Bean
    H5Entry exportsH5Entry() {
        return H5Entry.webOnly("exports", "h5.exports", "出", "/customers", 810, Permission.CUSTOMER_EXPORT);
    }
}
