/**
 * Customers (客户): the company records sales teams work on, their list with search and filters,
 * detail, create/edit, and their REST API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package io.qike.crm.customer;
