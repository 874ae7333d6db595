package io.qike.crm.customer;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The step before saving a customer typed by hand: modules that know the company ({@link NewCustomerOffers}) may offer
 * their data first. Runs outside any transaction (see the seam's transaction boundary); nothing here writes.
 */
@Service
public class NewCustomerEntry {
    private static final Logger log = LoggerFactory.getLogger(NewCustomerEntry.class);
    private final List<NewCustomerOffers> offers;

    NewCustomerEntry(List<NewCustomerOffers> offers) {
        this.offers = offers;
    }

    /** The first offer for the typed customer, or empty: then it is saved as typed. A failing source offers nothing. */
    @RequiresPermission(Permission.CUSTOMER_CREATE)
    public Optional<CustomerOffer> offerBeforeCreate(CustomerDraft typed) {
        for (NewCustomerOffers source : offers) {
            try {
                Optional<CustomerOffer> offer = source.offer(typed);
                if (offer.isPresent()) return offer;
            } catch (RuntimeException e) {
                log.warn("A new-customer offer failed; the customer is saved without it", e);
            }
        }
        return Optional.empty();
    }
}
