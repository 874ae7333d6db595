package io.qike.crm.wecom;

import java.util.Optional;

/**
 * Which WeCom external contact (外部联系人) is which Qike contact, for the current enterprise. The chat sidebar and
 * the contact/customer pages ask here; implemented in {@code wecom.external}.
 *
 * <p>{@link #link} needs contact:edit and the contact in the caller's data scope; {@link #importOne} needs
 * contact:create. Both throw {@code io.qike.crm.platform.PermissionDeniedException}-style 403s through the usual
 * permission check and {@code InvalidInputException} when the external contact is unknown to WeCom or, for a personal
 * WeChat contact (type 1), when no customer can be matched (then link it to a picked contact instead).
 */
public interface ExternalContactLinks {
    /** The binding of an external contact, if it was imported or linked; no WeCom call. */
    Optional<LinkedContact> find(String externalUserId);

    /** Binds the external contact to an existing contact (replacing an earlier binding of that external contact). */
    LinkedContact link(String externalUserId, long contactId);

    /**
     * Imports the external contact as a new contact of the customer matched by its corp's full name or name, or of a
     * customer created through the registry; returns the existing binding when it was imported before.
     */
    LinkedContact importOne(String externalUserId);
}
