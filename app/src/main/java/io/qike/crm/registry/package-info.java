/**
 * Business registry (工商信息): provider presets for 启信宝, 天眼查 and 企查查 generated on the
 * integration centre, field mapping onto the customer card, registry-backed customer creation,
 * refresh and enrichment, with a lookup cache and a fallback provider.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business registry")
package io.qike.crm.registry;
