package io.qike.crm.customer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** The batched insert of imported customers; column for column the same row as {@link CustomerRepository#insert}. */
final class CustomerInserts {
    static final String INSERT = """
            insert into customer(name, name_norm, credit_code, legal_representative, registered_capital, capital_currency,
              established_on, registration_status, address, region, industry, business_scope, phone, email, website,
              owner_id, department_id, source, level, tags, custom, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""";

    private CustomerInserts() {
    }

    static void bind(PreparedStatement ps, CustomerValues v, Long departmentId, long createdBy) throws SQLException {
        ps.setString(1, v.name());
        ps.setString(2, v.nameNorm());
        ps.setString(3, v.creditCode());
        ps.setString(4, v.legalRepresentative());
        ps.setBigDecimal(5, v.registeredCapital());
        ps.setString(6, v.capitalCurrency());
        ps.setObject(7, v.establishedOn(), Types.DATE);
        ps.setString(8, v.registrationStatus());
        ps.setString(9, v.address());
        ps.setString(10, v.region());
        ps.setString(11, v.industry());
        ps.setString(12, v.businessScope());
        ps.setString(13, v.phone());
        ps.setString(14, v.email());
        ps.setString(15, v.website());
        ps.setLong(16, v.ownerId());
        ps.setObject(17, departmentId, Types.BIGINT);
        ps.setString(18, v.source());
        ps.setString(19, v.level());
        ps.setArray(20, ps.getConnection().createArrayOf("text", v.tags().toArray()));
        ps.setString(21, v.customJson());
        ps.setLong(22, createdBy);
    }
}
