package io.qike.crm.intel.partnership;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A direct supplier–customer relation (合作关系) that 企查查 found between two of the chosen companies: the
 * company supplies the related company (its customer), as in 企查查's example of a won bid and in the customer
 * lists of annual reports.
 *
 * @param companyName        the supplier
 * @param relatedCompanyName its customer
 * @param amount     合作金额 in 万元 (null when 企查查 gave none)
 * @param publicDate 报告期/公开时间, such as "2021-11"
 * @param source     公开来源: 招投标, 年报, 公告, 司法 …
 * @param requestId  the requestId of the call that found it first
 */
public record Relation(String companyName, String relatedCompanyName, BigDecimal amount, String publicDate, String source,
                       String requestId) {

    /**
     * Identity across calls: the unordered pair with amount, date and source. Two calls that both cover the
     * pair report it twice, and a provider may report it under either company; it is one relation.
     */
    public String key() {
        String a = companyName, b = relatedCompanyName;
        String pair = a.compareTo(b) <= 0 ? a + "\u0001" + b : b + "\u0001" + a;
        String money = amount == null ? "" : amount.stripTrailingZeros().toPlainString();
        return (pair + "\u0001" + money + "\u0001" + nz(publicDate) + "\u0001" + nz(source)).toLowerCase(Locale.ROOT);
    }

    /** The unordered pair only, for comparing runs. */
    public String pair() {
        return companyName.compareTo(relatedCompanyName) <= 0 ? companyName + "\u0001" + relatedCompanyName
                : relatedCompanyName + "\u0001" + companyName;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
