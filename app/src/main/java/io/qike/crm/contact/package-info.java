/** Contacts (联系人): the people at a customer, with their list, form and REST API. */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package io.qike.crm.contact;
