/** Sales records (销售记录): dated follow-ups on a customer, with attachments, as a timeline and an API. */
@org.springframework.modulith.ApplicationModule(displayName = "Sales records")
package io.qike.crm.salesrecord;
