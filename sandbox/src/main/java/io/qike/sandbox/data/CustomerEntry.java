package io.qike.sandbox.data;

/**
 * One line of a company's customer list (客户), as disclosed in a report.
 *
 * @param year          "2018" for annual items, "2018-06" for half-year items
 * @param customer      the customer, another company of the data set
 * @param salesAmount   sales to that customer in 万元, two decimals ("125.47")
 * @param salesPercent  share of revenue in percent ("48.51"; "0" for half-year reports, which do not disclose it)
 * @param relationship  关联关系; usually empty
 * @param source        年报, 半年报, 公告 or 招股说明书
 */
public record CustomerEntry(String year, Company customer, String salesAmount, String salesPercent,
                            String relationship, String source) {
}
