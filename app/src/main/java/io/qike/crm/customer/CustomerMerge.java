package io.qike.crm.customer;

import java.util.List;
import java.util.Map;

/**
 * A merge (合并) as the user chose it: the customer that stays, the customers merged into it, and for each field
 * where they differ the id of the customer whose value to keep. Fields are the names of {@link CustomerDraft}
 * ({@code name}, {@code phone}, …), {@code custom.<code>} for custom fields and {@code registry} for the registry
 * record (工商信息); a field not chosen keeps the survivor's value (the registry record: the survivor's, or the
 * first merged customer's when the survivor has none).
 */
public record CustomerMerge(Long survivorId, List<Long> mergedIds, Map<String, Long> values) {
    public CustomerMerge {
        mergedIds = mergedIds == null ? List.of() : mergedIds;
        values = values == null ? Map.of() : values;
    }
}
