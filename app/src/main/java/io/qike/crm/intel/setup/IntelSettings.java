package io.qike.crm.intel.setup;

import io.qike.crm.intel.IntelProperties;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * A tenant's price of one 合作关系挖掘 call, for the estimate shown before a run. Kept here rather than on the
 * shared connection because 企查查 prices each interface differently, and the connection has one price.
 */
@Component
public class IntelSettings {
    private final IntelSettingsRepository repository;
    private final IntelProperties props;

    IntelSettings(IntelSettingsRepository repository, IntelProperties props) {
        this.repository = repository;
        this.props = props;
    }

    /** The tenant's price, else the configured default; null when neither is known. */
    public BigDecimal costPerCall() {
        return repository.partnershipCost().orElse(props.costPerCall());
    }

    void saveCostPerCall(BigDecimal cost) {
        repository.savePartnershipCost(cost);
    }
}
