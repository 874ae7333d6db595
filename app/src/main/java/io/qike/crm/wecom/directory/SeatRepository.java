package io.qike.crm.wecom.directory;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 可用人数 as the administrator entered it (wecom_app_seats). */
@Repository
public class SeatRepository {
    private final JdbcClient jdbc;

    SeatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Integer> purchased() {
        return jdbc.sql("select purchased from wecom_app_seats").query((rs, i) -> (Integer) rs.getObject(1)).optional()
                .flatMap(Optional::ofNullable);
    }

    public void purchased(Integer seats) {
        jdbc.sql("""
                insert into wecom_app_seats(purchased) values (?)
                on conflict (tenant_id) do update set purchased = excluded.purchased, updated_at = now()""").param(seats).update();
    }
}
