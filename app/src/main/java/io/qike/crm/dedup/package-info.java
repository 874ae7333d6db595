/**
 * Duplicate check (查重): normalisation of company names, the unified social credit code rules
 * (GB 32100-2015), and the check that runs before a customer is created, plus its tool page.
 * It owns no table: the customer module answers its questions through {@link io.qike.crm.dedup.CustomerCandidates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duplicate check")
package io.qike.crm.dedup;
