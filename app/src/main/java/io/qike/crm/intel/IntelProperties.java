package io.qike.crm.intel;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code qike.intel.*}.
 *
 * @param customersCacheTtl  how long a company's customer list (all pages) is kept before 企查查 is asked again
 * @param customersCacheSize customer lists kept in memory
 * @param customersPageSize  entries per 客户查询 page: 企查查's maximum, 50, unless set lower (tests use it to page)
 * @param confirmAboveCalls  a partnership run planned with more calls than this asks the user to confirm
 * @param costPerCall        the default price of one 合作关系挖掘 call, for estimates (a tenant's setting overrides it)
 * @param maxCompanies       most companies in one partnership run
 * @param syncMaxCalls       most calls the synchronous API makes; larger sets go to the job form
 * @param busyRetries        how often a run waits and asks again when 企查查 answers "busy" (205, 120)
 * @param busyBackoff        the first wait; doubled on each further try
 */
@ConfigurationProperties("qike.intel")
public record IntelProperties(Duration customersCacheTtl, Integer customersCacheSize, Integer customersPageSize,
                              Integer confirmAboveCalls,
                              BigDecimal costPerCall, Integer maxCompanies, Integer syncMaxCalls, Integer busyRetries,
                              Duration busyBackoff) {
    public IntelProperties {
        if (customersCacheTtl == null) customersCacheTtl = Duration.ofHours(12);
        if (customersCacheSize == null || customersCacheSize <= 0) customersCacheSize = 2000;
        if (customersPageSize == null || customersPageSize < 1 || customersPageSize > 50) customersPageSize = 50;
        if (confirmAboveCalls == null || confirmAboveCalls < 0) confirmAboveCalls = 20;
        if (maxCompanies == null || maxCompanies < 2) maxCompanies = 400;
        if (syncMaxCalls == null || syncMaxCalls < 1) syncMaxCalls = 200;
        if (busyRetries == null || busyRetries < 0) busyRetries = 4;
        if (busyBackoff == null) busyBackoff = Duration.ofSeconds(2);
    }
}
