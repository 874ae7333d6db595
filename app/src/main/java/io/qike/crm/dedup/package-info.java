/**
 * Duplicate check (查重): normalisation of company names, the unified social credit code rules
 * (GB 32100-2015), and the check that runs before a customer is created, plus its tool page.
 * It reads the customer table directly and owns no table of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duplicate check")
package io.qike.crm.dedup;
