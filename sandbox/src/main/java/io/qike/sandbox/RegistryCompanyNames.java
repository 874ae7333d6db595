package io.qike.sandbox;

import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import io.qike.sandbox.wecom.CompanyNameSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * WeCom's enterprise external contacts work for companies of the registry data set, so a contact's
 * corp_name can be looked up in 企查查 / 天眼查 / 启信宝 and matched to a customer.
 */
@Component("registryCompanyNames")
class RegistryCompanyNames implements CompanyNameSource {
    private final CompanyDataSet dataSet;

    RegistryCompanyNames(CompanyDataSet dataSet) {
        this.dataSet = dataSet;
    }

    @Override
    public List<String> companyNames() {
        return dataSet.companies().stream().map(Company::name).toList();
    }
}
