package io.qike.crm.platform.org;

/**
 * 撞单提示: what a user who tries to save a customer with a credit code the enterprise already has learns about
 * the existing customer when they cannot read it. Users who can read it always see its name and owner.
 */
public enum DuplicateHint {
    /** The existing customer's name and owner (撞单 tells the rep whom to talk to). */
    NAME_AND_OWNER,
    /** Only that the customer exists: "该客户已存在，请联系主管". */
    ASK_MANAGER
}
