/**
 * Business registry (工商信息): provider presets for 启信宝, 天眼查 and 企查查 generated on the
 * integration centre, field mapping onto the customer card, registry-backed customer creation,
 * refresh and enrichment, with a lookup cache and a fallback provider.
 *
 * <p>Uses the integration centre only through its {@code flows} and {@code presets} named interfaces (and
 * {@code values}), never its configuration services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business registry", allowedDependencies = {
        "platform", "platform :: *", "customer", "customer :: *", "dedup", "dedup :: *", "customfield", "customfield :: *",
        "integration :: flows", "integration :: presets", "integration :: values"})
package io.qike.crm.registry;
