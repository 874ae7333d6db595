package io.qike.crm.wecom.external;

/**
 * Which customer an external contact's contact would belong to: an existing customer of the same (normalised) corp
 * name, one to create (through the registry when the user may look companies up), or none, so the importer must pick
 * one: a personal WeChat contact, or a matching customer outside the user's data scope.
 */
public record CustomerMatch(Kind kind, Long customerId, String customerName, String reason) {
    public enum Kind { IMPORTED, CUSTOMER, CREATE_CUSTOMER, NEEDS_CUSTOMER }

    static CustomerMatch imported(long contactId) {
        return new CustomerMatch(Kind.IMPORTED, null, null, null);
    }

    static CustomerMatch customer(long id, String name) {
        return new CustomerMatch(Kind.CUSTOMER, id, name, null);
    }

    static CustomerMatch create(String name) {
        return new CustomerMatch(Kind.CREATE_CUSTOMER, null, name, null);
    }

    /** {@code reason}: personal (a WeChat user without a corp), out_of_scope, no_permission, registry_conflict. */
    static CustomerMatch needs(String reason) {
        return new CustomerMatch(Kind.NEEDS_CUSTOMER, null, null, reason);
    }
}
