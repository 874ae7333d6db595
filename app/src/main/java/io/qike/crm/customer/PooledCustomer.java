package io.qike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A customer as the public pool module reads it ({@link CustomerPools}): the fields a pool may show its members before
 * they claim, and where the customer is ({@code ownerId} or {@code poolId}, exactly one of them set).
 */
public record PooledCustomer(long id, String name, String creditCode, String legalRepresentative, BigDecimal registeredCapital,
                             LocalDate establishedOn, String address, String region, String industry, String phone,
                             String email, String website, String source, String level, OffsetDateTime createdAt,
                             OffsetDateTime lastFollowedAt, Long ownerId, Long poolId) {
}
