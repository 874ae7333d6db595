package io.qike.crm.intel.setup;

import io.qike.crm.intel.IntelProperties;
import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A tenant's price of one 合作关系挖掘 call, for the estimate shown before a run. Kept here rather than on the
 * shared connection because 企查查 prices each interface differently, and the connection has one price.
 */
@Component
public class IntelSettings {
    private final JdbcClient jdbc;
    private final IntelProperties props;

    IntelSettings(JdbcClient jdbc, IntelProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    /** The tenant's price, else the configured default; null when neither is known. */
    public BigDecimal costPerCall() {
        return jdbc.sql("select partnership_cost from intel_settings").query(BigDecimal.class).optional()
                .orElse(props.costPerCall());
    }

    void saveCostPerCall(BigDecimal cost) {
        jdbc.sql("""
                insert into intel_settings(partnership_cost) values (?)
                on conflict (tenant_id) do update set partnership_cost = excluded.partnership_cost, updated_at = now()""")
                .param(cost).update();
    }
}
