package io.qike.crm.platform;

/** Resolves what the current user may see. */
public interface DataScopes {
    VisibleOwners current();
}
