package io.qike.sandbox.wecom;

import java.util.List;

/**
 * Supplies the company names that enterprise-type (type 2) external contacts work for.
 * The WeCom simulator uses any bean of this type it finds (so the business-registry simulators'
 * data set can be wired in), and falls back to {@link io.qike.sandbox.wecom.external.GeneratedCompanyNames}.
 * Names should be full registered names, e.g. "杭州云启网络科技有限公司".
 */
public interface CompanyNameSource {
    List<String> companyNames();
}
