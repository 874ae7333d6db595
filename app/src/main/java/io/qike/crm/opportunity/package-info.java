/**
 * 商机: opportunities of a customer on the stage pipeline of a sales process, with product lines, the kanban and
 * the funnel; keeps the customer's deal figures ({@code customer.CustomerDeals}) current.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opportunities")
package io.qike.crm.opportunity;
