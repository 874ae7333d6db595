package io.qike.crm.intel.clients;

import java.math.BigDecimal;

/**
 * One line of a company's customer list from 企查查 (ClientList): a customer of that company, in one report.
 *
 * @param year         "2018", or "2018-06" for a half-year report
 * @param keyNo        企查查's id of the customer
 * @param salesAmount  sales to it in 万元
 * @param salesPercent share of the company's revenue in percent (0 in half-year reports)
 * @param source       年报, 半年报, 公告, 招股说明书 …
 */
public record ClientCompany(String year, String keyNo, String name, String imageUrl, BigDecimal salesAmount,
                            BigDecimal salesPercent, String relationship, String source) {
}
