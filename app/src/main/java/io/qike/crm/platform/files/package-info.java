/** Part of the platform's API used by other modules. */
@org.springframework.modulith.NamedInterface("files")
package io.qike.crm.platform.files;
