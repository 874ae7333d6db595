/** Part of the platform's API used by other modules. */
@org.springframework.modulith.NamedInterface("org")
package io.qike.crm.platform.org;
