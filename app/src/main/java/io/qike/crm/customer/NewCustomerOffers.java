package io.qike.crm.customer;

import java.util.Optional;

/**
 * A module that may already know a customer typed by hand on the 新建客户 form, and offers its data before the save
 * (the registry, when 新建客户时自动填充工商信息 is on), implemented by that module as {@link CustomerPrefills} is.
 *
 * <p>Transaction boundary: asked by {@link NewCustomerEntry} before the new customer's transaction opens and never
 * inside a transaction, so a slow provider holds no database connection or lock; it reads only (a provider call and
 * its cache) and writes no customer data. It answers empty when it has nothing to offer, is switched off, or the user
 * may not use it; an exception it throws is treated as empty, so an offer never blocks the save.
 */
public interface NewCustomerOffers {
    /** What the source knows of the company as typed (exact name or credit code), or empty. */
    Optional<CustomerOffer> offer(CustomerDraft typed);
}
