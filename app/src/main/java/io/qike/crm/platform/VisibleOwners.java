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

    /** A condition on the given owner column, {@code true} when everyone is visible. */
    public String sqlCondition(String ownerColumn) {
        return everyone ? "true" : ownerColumn + " = any(:visibleOwners)";
    }

    public Map<String, Object> parameters() {
        return everyone ? Map.of() : Map.of("visibleOwners", Arrays.stream(ownerIds).boxed().toArray(Long[]::new));
    }
}
