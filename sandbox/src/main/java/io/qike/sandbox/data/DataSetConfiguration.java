package io.qike.sandbox.data;

import io.qike.sandbox.control.RegistrySandboxProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the data set as a bean; generation itself waits for the first lookup. */
@Configuration(value = "registryDataSetConfiguration", proxyBeanMethods = false)
public class DataSetConfiguration {

    @Bean("registryCompanyDataSet")
    public CompanyDataSet companyDataSet(RegistrySandboxProperties properties) {
        return new CompanyDataSet(properties.getData().getSeed(), properties.getData().getCompanies());
    }
}
