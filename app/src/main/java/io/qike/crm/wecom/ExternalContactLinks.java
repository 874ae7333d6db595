package io.qike.crm.wecom;

import java.util.Optional;

/**
 * Which WeCom external contact (外部联系人) is which Qike contact, for the current enterprise. The chat sidebar and
 * the contact/customer pages ask here; implemented in {@code wecom.external}.
 *
 * <p>{@link #find} needs contact:view and answers only for a contact in the caller's data scope; {@link #bound} needs
 * contact:view and answers whatever the scope, so a caller can tell "bound to a contact you may not see" (无权查看) from
 * "not imported yet" without learning which contact it is; {@link #link} needs
 * contact:edit and the contact in the caller's data scope; {@link #importOne} needs contact:create. Without the
 * permission: Spring Security's {@code AccessDeniedException} (403). An external contact WeCom does not know, or that no
 * member bound to a user in the caller's data scope follows: {@code NotFoundException} (404). One that cannot get a
 * customer by itself (a personal WeChat contact, type 1; a same-named customer outside the caller's scope): a
 * {@code ConflictException} with code {@code wecom_needs_customer} (409); then link it to a contact of the customer
 * the member picks.
 */
public interface ExternalContactLinks {
    /** The binding of an external contact, if it was imported or linked; no WeCom call. */
    Optional<LinkedContact> find(String externalUserId);

    /**
     * Whether the external contact is bound to a contact, in the caller's data scope or not; nothing of that contact.
     * When {@link #find} is empty and this is true, the contact is someone else's: importing or binding it again would
     * make a duplicate.
     */
    boolean bound(String externalUserId);

    /** Binds the external contact to an existing contact (replacing an earlier binding of that external contact). */
    LinkedContact link(String externalUserId, long contactId);

    /**
     * Imports the external contact as a new contact of the customer matched by its corp's full name or name, or of a
     * customer created through the registry; returns the existing binding when it was imported before.
     */
    LinkedContact importOne(String externalUserId);
}
