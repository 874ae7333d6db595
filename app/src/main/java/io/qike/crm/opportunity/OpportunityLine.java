package io.qike.crm.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A product line of an opportunity: what, how many, at what unit price (元); a product catalogue comes later. */
public record OpportunityLine(String name, BigDecimal quantity, BigDecimal unitPrice) {
    /** quantity × unit price, to the fen. */
    public BigDecimal total() {
        return quantity == null || unitPrice == null ? BigDecimal.ZERO : quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }
}
