package io.qike.crm.platform;

/** How far a role sees (数据权限): records owned by whom. */
public enum DataScope {
    SELF, SELF_AND_SUBORDINATES, DEPARTMENT, DEPARTMENT_AND_CHILDREN, ALL;

    /** The wider of two scopes, for a user with several roles. */
    public boolean widerThan(DataScope other) {
        return ordinal() > other.ordinal();
    }
}
