package io.qike.crm.dedup;

/**
 * Why two customers (or a customer and what was searched) look like the same company: the same credit
 * code, a similar name with its similarity in percent (null when the names are not alike), the same phone.
 */
public record DuplicateReasons(boolean sameCreditCode, Integer nameSimilarity, boolean samePhone) {
    public boolean any() {
        return sameCreditCode || nameSimilarity != null || samePhone;
    }
}
