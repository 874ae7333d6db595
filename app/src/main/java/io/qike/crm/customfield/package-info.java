/**
 * Custom fields: per-object field definitions set up by an admin, validation of the values kept in
 * each record's JSONB {@code custom} column, and the form/list fragments that render them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Custom fields")
package io.qike.crm.customfield;
