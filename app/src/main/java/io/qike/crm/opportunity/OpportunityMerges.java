package io.qike.crm.opportunity;

import io.qike.crm.customer.CustomerDeals;
import io.qike.crm.customer.CustomerMergeParticipant;
import org.springframework.stereotype.Component;

/** 合并客户: the merged customer's opportunities move to the survivor, whose deal figures then count them. */
@Component
class OpportunityMerges implements CustomerMergeParticipant {
    private final OpportunityRepository repository;
    private final CustomerDeals deals;

    OpportunityMerges(OpportunityRepository repository, CustomerDeals deals) {
        this.repository = repository;
        this.deals = deals;
    }

    @Override
    public void moveTo(long from, long into) {
        repository.moveCustomer(from, into);
        deals.refresh(into, repository::figures);
    }
}
