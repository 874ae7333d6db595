/** Credentials at rest: the one encryption every module uses for the secrets it stores. */
@org.springframework.modulith.NamedInterface("secrets")
package io.qike.crm.platform.secrets;
