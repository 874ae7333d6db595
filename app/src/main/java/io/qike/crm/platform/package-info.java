/**
 * Platform: tenants, departments, users, roles and data scope, login and API tokens, the audit log,
 * the file store and the error model shared by the UI and the API. Everyone uses its API; its
 * sub-packages are private to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.qike.crm.platform;
