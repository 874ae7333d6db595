package io.qike.crm.dedup;

/**
 * An existing customer that may be the same company. When the user may not read it
 * ({@code readable} false) only its id, name and owner are revealed.
 */
public record DuplicateCandidate(long id, String name, String ownerName, boolean readable, String creditCode, String phone) {
}
