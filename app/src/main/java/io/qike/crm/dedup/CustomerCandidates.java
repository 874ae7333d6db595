package io.qike.crm.dedup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's customers the duplicate check compares with, whatever the user's data scope. The
 * customer module implements it over its own table; this module only normalises and decides.
 */
public interface CustomerCandidates {
    /** A customer as the check sees it. */
    record Row(long id, String name, String nameNorm, long ownerId, String creditCode, String phone) {
    }

    /** A customer with the pg_trgm similarity of its normalised name to the name compared with. */
    record Scored(Row row, double similarity) {
    }

    /** The customer with this (normalised) credit code, other than {@code excludeId}. */
    Optional<Row> withCreditCode(String code, long excludeId);

    /**
     * Up to {@code limit} customers, other than {@code excludeId}, whose normalised name equals {@code norm},
     * has a pg_trgm similarity of at least {@code similarity} to it, or (for 4 characters or more) contains it;
     * most similar first.
     */
    List<Row> similarNames(String norm, double similarity, long excludeId, int limit);

    /** The customers whose normalised name is one of {@code norms}, in id order. */
    List<Row> withNormalizedNames(Collection<String> norms);

    /**
     * Up to {@code limit} customers, newest first, with this credit code, a normalised name containing
     * {@code norm} (unless empty), or a phone ending in {@code digits} (4 digits or more); scored against {@code norm}.
     */
    List<Scored> search(String code, String norm, String digits, int limit);

    /**
     * Up to {@code limit} customers other than {@code id} that look like it: a normalised name as
     * {@link #similarNames} finds them, or the same phone digits ({@code phoneDigits}, unless empty); most similar first.
     */
    List<Scored> alike(long id, String norm, String phoneDigits, double similarity, int limit);
}
