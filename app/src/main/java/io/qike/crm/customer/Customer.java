package io.qike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A customer (客户) as read by the UI and the API; {@code lastFollowedAt} is when its latest sales record happened (最后跟进);
 * {@code latitude}, {@code longitude} and {@code locationAddress} say where it is, when known (附近客户).
 */
public record Customer(long id, String name, String creditCode, String legalRepresentative, BigDecimal registeredCapital,
                       String capitalCurrency, LocalDate establishedOn, String registrationStatus, String address,
                       String region, String industry, String businessScope, String phone, String email, String website,
                       long ownerId, String ownerName, Long departmentId, String source, String level, List<String> tags,
                       String registryProvider, OffsetDateTime registryFetchedAt, Map<String, Object> custom,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
                       OffsetDateTime lastFollowedAt, Double latitude, Double longitude, String locationAddress) {

    /** The same customer with its owner's display name, which the user directory provides. */
    public Customer withOwnerName(String name) {
        return new Customer(id, this.name, creditCode, legalRepresentative, registeredCapital, capitalCurrency, establishedOn,
                registrationStatus, address, region, industry, businessScope, phone, email, website, ownerId, name, departmentId,
                source, level, tags, registryProvider, registryFetchedAt, custom, createdAt, updatedAt, version, lastFollowedAt,
                latitude, longitude, locationAddress);
    }
}

