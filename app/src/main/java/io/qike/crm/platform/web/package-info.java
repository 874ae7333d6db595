/** Part of the platform's API used by other modules. */
@org.springframework.modulith.NamedInterface("web")
package io.qike.crm.platform.web;
