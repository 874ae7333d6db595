/**
 * The guarded outbound HTTP client (address rules of {@code qike.integration.allowed-hosts}), also used by modules
 * that call outside services at an address an administrator entered (the WeCom archive's HTTP stand-in).
 */
@org.springframework.modulith.NamedInterface("http")
package io.qike.crm.integration.http;
