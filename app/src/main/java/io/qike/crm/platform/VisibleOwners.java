package io.qike.crm.platform;

import java.util.Arrays;
import java.util.Map;

/**
 * The owners whose records the current user may see: everyone, or a fixed set of user ids.
 * Services append {@link #sqlCondition(String)} to their queries and bind {@link #parameters()}.
 */
public record VisibleOwners(boolean everyone, long[] ownerIds) {

    public static VisibleOwners all() {
        return new VisibleOwners(true, new long[0]);
    }

    public boolean includes(long ownerId) {
        return everyone || Arrays.stream(ownerIds).anyMatch(id -> id == ownerId);
    }

    /**
     * A condition on the given owner column; when everyone is visible, every record that has an owner (a customer in a
     * public pool has none). A single owner (a
     * sales rep's own records) is compared as a plain value: PostgreSQL then walks the owner's index in
     * id order, where with {@code = any(array)} it read the newest rows of the whole tenant instead.
     */
    public String sqlCondition(String ownerColumn) {
        if (everyone) return ownerColumn + " is not null"; // a customer in a public pool (公海) has no owner: nobody's record
        return ownerIds.length == 1 ? ownerColumn + " = :visibleOwner" : ownerColumn + " = any(:visibleOwners)";
    }

    public Map<String, Object> parameters() {
        if (everyone) return Map.of();
        return ownerIds.length == 1 ? Map.of("visibleOwner", ownerIds[0])
                : Map.of("visibleOwners", Arrays.stream(ownerIds).boxed().toArray(Long[]::new));
    }
}
