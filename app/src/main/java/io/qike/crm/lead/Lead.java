package io.qike.crm.lead;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A lead (销售线索): a company and a person who may become a customer. {@code ownerId} is null while it waits in
 * its pool ({@code poolId}); a converted lead names the customer it became.
 */
public record Lead(long id, String companyName, String contactName, String mobile, String email, String source, String region,
                   String status, Long ownerId, String ownerName, Long poolId, String poolName, Map<String, Object> custom,
                   Long convertedCustomerId, OffsetDateTime convertedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                   int version) {

    public static final String NEW = "NEW", FOLLOWING = "FOLLOWING", CONVERTED = "CONVERTED", INVALID = "INVALID";
    public static final java.util.List<String> STATUSES = java.util.List.of(NEW, FOLLOWING, CONVERTED, INVALID);
    /** The statuses a user may set by editing; CONVERTED comes only from a conversion. */
    public static final java.util.List<String> EDITABLE_STATUSES = java.util.List.of(NEW, FOLLOWING, INVALID);

    public boolean converted() {
        return CONVERTED.equals(status);
    }

    public boolean inPool() {
        return ownerId == null;
    }

    Lead named(String owner, String pool) {
        return new Lead(id, companyName, contactName, mobile, email, source, region, status, ownerId, owner, poolId, pool, custom,
                convertedCustomerId, convertedAt, createdAt, updatedAt, version);
    }
}
