/**
 * 待办事项: to-dos linked to a lead, customer, contact or opportunity, with due and reminder times; system to-dos
 * from other modules' events; reminders sent once through the notification service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "To-dos")
package io.qike.crm.todo;
