/**
 * Relationship intelligence (关系数据, 企查查): a company's customers (客户查询) on the customer page, saved
 * company lists, and partnership mining (合作关系挖掘) among chosen companies with a covering plan of calls,
 * background runs that resume after a restart, a results table, graph and export. Every call goes
 * through the integration centre's shared 企查查 connector.
 *
 * <p>Uses the integration centre only through its {@code flows} and {@code presets} named interfaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Relationship intelligence", allowedDependencies = {
        "platform", "platform :: *", "customer", "customer :: *", "dedup", "dedup :: *", "registry", "registry :: *", "importexport", "importexport :: *",
        "integration :: flows", "integration :: presets"})
package io.qike.crm.intel;
