package io.qike.crm.notify.web;

import io.qike.crm.notify.ChannelPreference;
import io.qike.crm.notify.NotificationPage;
import io.qike.crm.notify.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications", description = "消息提醒")
class NotificationApiController {
    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    @Operation(summary = "List the caller's notifications, newest first, with the unread count")
    NotificationPage list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size) {
        return notifications.mine(unread, page, size);
    }

    @PostMapping("/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one of the caller's notifications read")
    void read(@PathVariable long id) {
        notifications.read(id);
    }

    @PostMapping("/notifications/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark all of the caller's notifications read")
    void readAll() {
        notifications.readAll();
    }

    @GetMapping("/me/notification-preferences")
    @Operation(summary = "The caller's 接收消息 switch per channel (on unless switched off)")
    List<ChannelPreference> preferences() {
        return notifications.preferences();
    }

    @PutMapping("/me/notification-preferences")
    @Operation(summary = "Switch channels on or off for the caller: {\"wecom\": false}")
    List<ChannelPreference> setPreferences(@RequestBody Map<String, Boolean> enabled) {
        return notifications.setPreferences(enabled);
    }
}
