package io.qike.crm.dedup;

import java.util.List;

/**
 * One finding of the duplicate-check tool: a customer matching the search ({@code matched} says how) and the
 * customers that look like it, each with its reasons.
 */
public record DuplicateGroup(DuplicateCandidate customer, DuplicateReasons matched, List<Alike> alike) {
    /** A customer that looks like the group's customer, and why. */
    public record Alike(DuplicateCandidate customer, DuplicateReasons reasons) {
    }

    /** The customers of the group the user may read, the group's customer first: the ones they could merge. */
    public List<Long> readableIds() {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        if (customer.readable()) ids.add(customer.id());
        alike.stream().filter(a -> a.customer().readable()).forEach(a -> ids.add(a.customer().id()));
        return ids;
    }
}
