package io.qike.crm.salesrecord;

import io.qike.crm.platform.VisibleOwners;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 工作圈: the shares (table {@code feed_share}) and the feed that mixes them with the sales records, newest first. */
@Repository
class FeedRepository {
    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertShare(long ownerId, Long customerId, String content) {
        return jdbc.sql("insert into feed_share(owner_id, customer_id, content) values (?, ?, ?) returning id")
                .params(ownerId, customerId, content).query(Long.class).single();
    }

    /**
     * A page of the feed: the records the member may see (by author or by customer, as on the timelines, see
     * {@link SalesRecordRepository#visible}) and the shares of the authors their data scope covers.
     */
    List<FeedItem> page(VisibleOwners visible, Long[] visibleCustomers, int offset, int limit) {
        Map<String, Object> params = new HashMap<>(visible.parameters());
        // A lead's records (no customer yet) show on the lead only.
        String records = "s.customer_id is not null and " + (visibleCustomers == null ? "true"
                : "(" + visible.sqlCondition("s.owner_id") + " or s.customer_id = any(:visibleCustomers))");
        if (visibleCustomers != null) params.put("visibleCustomers", visibleCustomers);
        return jdbc.sql("""
                select 'RECORD' as kind, s.id, s.occurred_at as at, s.owner_id, s.customer_id, s.type, s.content,
                       s.latitude, s.longitude, s.location_address
                from sales_record s where\s""" + records + """
                \sunion all
                select 'SHARE', f.id, f.created_at, f.owner_id, f.customer_id, null, f.content, null, null, null
                from feed_share f where\s""" + visible.sqlCondition("f.owner_id")
                + " order by at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", limit).param("offset", offset).query(this::map).list();
    }

    private FeedItem map(ResultSet rs, int i) throws SQLException {
        return new FeedItem(rs.getString("kind"), rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getLong("owner_id"),
                null, rs.getObject("customer_id", Long.class), null, rs.getString("type"), rs.getString("content"), Place.read(rs));
    }

    /** 合并客户: shares about the merged customer are about the surviving one. */
    void moveShares(long from, long into) {
        jdbc.sql("update feed_share set customer_id = ? where customer_id = ?").params(into, from).update();
    }
}
