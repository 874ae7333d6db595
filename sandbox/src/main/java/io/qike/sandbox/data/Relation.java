package io.qike.sandbox.data;

/**
 * A supplier-customer partnership (合作关系) between two companies of the data set, as 企查查's
 * findPartnershipRelation reports it.
 *
 * @param companyName        the company the relation was found for
 * @param relatedCompanyName the other party
 * @param amount             合作金额 in 万元 ("34.8")
 * @param publicDate         报告期/公开时间, "2021-11"
 * @param source             公开来源: 招投标, 年报, 公告 or 司法
 */
public record Relation(String companyName, String relatedCompanyName, String amount, String publicDate,
                       String source) {
}
