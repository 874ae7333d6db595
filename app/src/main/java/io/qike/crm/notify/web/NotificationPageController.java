package io.qike.crm.notify.web;

import io.qike.crm.notify.Notification;
import io.qike.crm.notify.Notifications;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bell, the list, the user's 接收消息 switches and the administrators' failed deliveries. */
@Controller
class NotificationPageController {
    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The bell's figure, refreshed by htmx; the web layout and the H5 layout both include {@code notifications/bell :: bell}. */
    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute("unread", notifications.unreadCount());
        return "notifications/bell :: count";
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", notifications.mine(unread, page, 20));
        model.addAttribute("unreadOnly", unread);
        return "notifications/list";
    }

    /** A click: marks it read and goes where it points (on the H5 pages, to its mobile page). */
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean h5) {
        Notification n = notifications.read(id);
        return h5 ? "redirect:" + h5Target(n) : "redirect:" + (local(n.link()) ? n.link() : "/notifications");
    }

    /** 消息 of the H5 pages: the same list, newest first. */
    @GetMapping("/h5/messages")
    String h5(Model model) {
        model.addAttribute("result", notifications.mine(false, 0, 50));
        return "h5/messages";
    }

    /** The mobile page of a notification; one that has none (a web-only page) is shown in the H5 list. */
    private static String h5Target(Notification n) {
        return local(n.h5Link()) && (n.h5Link().equals("/h5") || n.h5Link().startsWith("/h5/")) ? n.h5Link() : "/h5/messages";
    }

    /** Only a path of this site: a link is never a way out of it. */
    private static boolean local(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.readAll();
        return "redirect:/notifications";
    }

    @GetMapping("/me/notifications")
    String preferences(Model model) {
        model.addAttribute("preferences", notifications.preferences());
        return "notifications/preferences";
    }

    /** The form sends the channels switched on; every channel it lists and does not send is switched off. */
    @PostMapping("/me/notifications")
    String savePreferences(@RequestParam(name = "channel", required = false) java.util.List<String> channels,
                           @RequestParam(name = "on", required = false) java.util.List<String> on, RedirectAttributes redirect) {
        Map<String, Boolean> enabled = new HashMap<>();
        if (channels != null) channels.forEach(c -> enabled.put(c, on != null && on.contains(c)));
        notifications.setPreferences(enabled);
        redirect.addFlashAttribute("flash", "notify.preferences.saved");
        return "redirect:/me/notifications";
    }

    @GetMapping("/admin/notifications/failures")
    String failures(Model model) {
        model.addAttribute("failures", notifications.failures());
        return "notifications/failures";
    }

    @PostMapping("/admin/notifications/retry")
    String retry(RedirectAttributes redirect) {
        notifications.retryWaitingNow();
        redirect.addFlashAttribute("flash", "notify.failures.retried");
        return "redirect:/admin/notifications/failures";
    }
}
