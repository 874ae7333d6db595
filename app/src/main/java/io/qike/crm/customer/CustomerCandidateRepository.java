package io.qike.crm.customer;

import io.qike.crm.dedup.CustomerCandidates;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customers the duplicate check compares with, over the whole tenant (not the user's data scope). */
@Repository
class CustomerCandidateRepository implements CustomerCandidates {
    private static final String SELECT = "select c.id, c.name, c.name_norm, c.owner_id, c.credit_code, c.phone from customer c";
    private static final String SCORED = "select c.id, c.name, c.name_norm, c.owner_id, c.credit_code, c.phone,"
            + " similarity(c.name_norm, :norm) as score from customer c";
    private final JdbcClient jdbc;

    CustomerCandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Row> withCreditCode(String code, long excludeId) {
        return jdbc.sql(SELECT + " where c.credit_code = ? and c.id <> ?").params(code, excludeId).query(this::row).optional();
    }

    @Override
    public List<Row> similarNames(String norm, double similarity, long excludeId, int limit) {
        // The index finds candidates by pg_trgm's own threshold (0.3 by default): for a common name
        // such as 郑州龙宇自动化设备 that was 25,000 rows to read and drop (180 ms); at the threshold
        // the check applies anyway it is a few hundred (15 ms).
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(Double.toString(similarity))
                .query(String.class).single();
        return jdbc.sql(SELECT + "\n" + """
                 where c.id <> :exclude and (c.name_norm = :norm or (c.name_norm % :norm and similarity(c.name_norm, :norm) >= cast(:similar as real))
                   or (length(:norm) >= 4 and c.name_norm like '%' || :norm || '%'))
                 order by similarity(c.name_norm, :norm) desc, c.id limit :limit""")
                .param("exclude", excludeId).param("norm", norm).param("similar", Double.toString(similarity)).param("limit", limit)
                .query(this::row).list();
    }

    @Override
    public List<Row> withNormalizedNames(Collection<String> norms) {
        return jdbc.sql(SELECT + " where c.name_norm = any(:norms) order by c.id").param("norms", norms.toArray(String[]::new))
                .query(this::row).list();
    }

    @Override
    public List<Scored> search(String code, String norm, String digits, int limit) {
        return jdbc.sql(SCORED + "\n" + """
                 where c.credit_code = :code or (:norm <> '' and c.name_norm like '%' || :norm || '%')
                   or (length(:digits) >= 4 and c.phone_rev <> '' and c.phone_rev like reverse(:digits) || '%')
                 order by c.id desc limit :limit""")
                .param("code", code).param("norm", norm).param("digits", digits).param("limit", limit).query(this::scored).list();
    }

    @Override
    public List<Scored> alike(long id, String norm, String phoneDigits, double similarity, int limit) {
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(Double.toString(similarity))
                .query(String.class).single();
        // Two searches, each through its own index (names by trigram, phones by their reversed digits).
        return jdbc.sql("select * from ((" + SCORED + "\n" + """
                 where c.id <> :id and (c.name_norm = :norm or (c.name_norm % :norm and similarity(c.name_norm, :norm) >= cast(:similar as real))
                   or (length(:norm) >= 4 and c.name_norm like '%' || :norm || '%'))
                 order by score desc, c.id limit :limit)
                union (""" + SCORED + """
                 where c.id <> :id and :rev <> '' and c.phone_rev = :rev order by c.id limit :limit)) x
                order by score desc, id limit :limit""")
                .param("id", id).param("norm", norm).param("similar", Double.toString(similarity))
                .param("rev", new StringBuilder(phoneDigits == null ? "" : phoneDigits).reverse().toString()).param("limit", limit)
                .query(this::scored).list();
    }

    private Scored scored(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Scored(row(rs, i), rs.getDouble("score"));
    }

    private Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("name_norm"), rs.getLong("owner_id"),
                rs.getString("credit_code"), rs.getString("phone"));
    }
}
