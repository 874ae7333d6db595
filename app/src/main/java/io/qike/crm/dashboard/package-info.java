/** The home page (工作台): the user's figures and charts, gathered from the other modules. */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package io.qike.crm.dashboard;
