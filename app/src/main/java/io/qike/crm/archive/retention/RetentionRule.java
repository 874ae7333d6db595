package io.qike.crm.archive.retention;

/**
 * A rule of automatic retention: {@code ENTERPRISE} (every customer), {@code DEPARTMENT} (customers of the department
 * or one below it, {@code departmentId}) or {@code CUSTOMER} ({@code customerId}). Names are for display, filled on read.
 */
public record RetentionRule(String scope, Long departmentId, Long customerId, String name) {
    public static final String ENTERPRISE = "ENTERPRISE", DEPARTMENT = "DEPARTMENT", CUSTOMER = "CUSTOMER";
}
