/**
 * 销售线索 and 线索池: leads, the pools they wait in, claiming, assigning and returning them, and converting a lead
 * into a customer and contact (and an opportunity).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leads")
package io.qike.crm.lead;
