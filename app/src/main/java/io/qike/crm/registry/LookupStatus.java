package io.qike.crm.registry;

/**
 * How a registry lookup ended. NOT_FOUND and INVALID_QUERY are answers, not failures: they are shown
 * as what they are (查询无结果, 关键字太短) and never make Qike ask another paid provider.
 */
public enum LookupStatus {
    FOUND, NOT_FOUND, INVALID_QUERY, UNAVAILABLE, DISABLED
}
