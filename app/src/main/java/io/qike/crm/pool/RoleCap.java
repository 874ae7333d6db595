package io.qike.crm.pool;

/** 客户保有量上限: the most customers a user with this role may own (null: no cap from this role). */
public record RoleCap(long roleId, String roleName, Integer maxCustomers) {
}
