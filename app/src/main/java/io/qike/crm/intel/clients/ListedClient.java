package io.qike.crm.intel.clients;

import java.math.BigDecimal;

/**
 * A line of a company's customer list with what we know about it: whether it already is our customer (by
 * name, or by the 企查查 KeyNo we recorded when we made it one), and which one when the user may see it.
 */
public record ListedClient(String year, String keyNo, String name, String imageUrl, BigDecimal salesAmount,
                            BigDecimal salesPercent, String relationship, String source, boolean alreadyCustomer, Long customerId,
                            String customerName) {

    /**
     * The sales share to show: none for a half-year report, whose "0" means "not disclosed" (half-year reports
     * give no share), so that it is not read as a share of 0.00%.
     */
    public BigDecimal shownPercent() {
        boolean halfYear = (year != null && year.contains("-")) || "半年报".equals(source);
        return halfYear && salesPercent != null && salesPercent.signum() == 0 ? null : salesPercent;
    }

    static ListedClient of(ClientCompany c, ClientMatches.Match match) {
        return new ListedClient(c.year(), c.keyNo(), c.name(), c.imageUrl(), c.salesAmount(), c.salesPercent(), c.relationship(),
                c.source(), match != null, match == null ? null : match.customerId(), match == null ? null : match.customerName());
    }
}
