/**
 * 消息提醒 (notifications): one service that other modules call (or whose events it hears) to tell users
 * something, the in-app bell and list, each user's 接收消息 switch per channel, and the durable, retried
 * delivery through channels that other modules register ({@link io.qike.crm.notify.NotificationChannel}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.qike.crm.notify;
