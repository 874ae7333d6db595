package io.qike.crm.intel.setup;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's intel settings ({@code intel_settings}, one row per tenant). */
@Repository
class IntelSettingsRepository {
    private final JdbcClient jdbc;

    IntelSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BigDecimal> partnershipCost() {
        return jdbc.sql("select partnership_cost from intel_settings").query(BigDecimal.class).optional();
    }

    void savePartnershipCost(BigDecimal cost) {
        jdbc.sql("""
                insert into intel_settings(partnership_cost) values (?)
                on conflict (tenant_id) do update set partnership_cost = excluded.partnership_cost, updated_at = now()""")
                .param(cost).update();
    }
}
