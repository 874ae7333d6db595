package io.qike.crm.wecom.sidebar.web;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.web.FormErrors;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.wecom.sidebar.SidebarChat;
import io.qike.crm.wecom.sidebar.SidebarScript;
import io.qike.crm.wecom.sidebar.SidebarService;
import io.qike.crm.wecom.sidebar.SidebarSignatures;
import io.qike.crm.wecom.sidebar.SidebarUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 聊天工具栏 (the WeCom chat sidebar): the page WeCom opens beside a chat, its JS-SDK signature, and the htmx fragment
 * of the chat's external contact with its actions. Without a session the security chain sends the member through
 * the WeCom login and back here.
 */
@Controller
@RequestMapping("/wecom/sidebar")
class SidebarPageController {
    private final SidebarService sidebar;
    private final SidebarSignatures signatures;
    private final SidebarScript script;
    private final FormErrors formErrors;
    private final MessageSource messages;

    SidebarPageController(SidebarService sidebar, SidebarSignatures signatures, SidebarScript script, FormErrors formErrors,
                          MessageSource messages) {
        this.sidebar = sidebar;
        this.signatures = signatures;
        this.script = script;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping
    String page(HttpServletResponse response, Model model) {
        String scriptUrl = script.url();
        // This page alone may load the JS-SDK from its host; the security chain keeps a header already set.
        response.setHeader("Content-Security-Policy", script.policy(scriptUrl));
        model.addAttribute("jssdkUrl", scriptUrl);
        return "wecom/sidebar";
    }

    /** wx.agentConfig's (and wx.config's) arguments for the page at {@code url}. */
    @GetMapping("/signature")
    @ResponseBody
    SidebarSignatures.Signatures signature(@RequestParam(required = false) String url) {
        return signatures.sign(url);
    }

    @GetMapping("/chat")
    String chat(@RequestParam String externalUserId, Model model) {
        return show(model, sidebar.chat(externalUserId), Map.of());
    }

    @PostMapping("/chat/import")
    String importContact(@RequestParam(required = false) String externalUserId, HttpServletRequest request, Model model) {
        return act(externalUserId, () -> sidebar.importContact(externalUserId), request, model, null);
    }

    @PostMapping("/chat/link")
    String link(@RequestParam(required = false) String externalUserId, @RequestParam(required = false) Long contactId,
                HttpServletRequest request, Model model) {
        return act(externalUserId, () -> sidebar.link(externalUserId, contactId), request, model, null);
    }

    @PostMapping("/chat/records")
    String addRecord(@RequestParam(required = false) String externalUserId, @RequestParam(required = false) String type,
                     @RequestParam(required = false) String content, HttpServletRequest request, Model model) {
        return act(externalUserId, () -> sidebar.addRecord(externalUserId, type, content), request, model, content);
    }

    /** The contacts offered for 绑定已有联系人 as the member types. */
    @GetMapping("/contacts")
    String contacts(@RequestParam(required = false) String externalUserId, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("externalUserId", externalUserId);
        model.addAttribute("contacts", sidebar.contactsToBind(q));
        return "wecom/sidebar-parts :: contacts";
    }

    @ExceptionHandler(SidebarUnavailableException.class)
    ResponseEntity<Map<String, String>> unavailable(SidebarUnavailableException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of(
                "message", messages.getMessage(e.messageKey(), e.args(), locale),
                "action", messages.getMessage(e.actionKey(), e.args(), locale)));
    }

    /** Runs an action and shows the chat again; a refused one keeps what the member typed and says why. */
    private String act(String externalUserId, Supplier<SidebarChat> action, HttpServletRequest request, Model model, String typed) {
        try {
            return show(model, action.get(), Map.of());
        } catch (InvalidInputException e) {
            model.addAttribute("typed", typed);
            return show(model, sidebar.chat(externalUserId), formErrors.listed(request, e));
        } catch (AccessDeniedException e) {
            model.addAttribute("typed", typed);
            model.addAttribute("denied", true);
            return show(model, sidebar.chat(externalUserId), Map.of());
        } catch (ConflictException e) {
            // e.g. a personal WeChat contact that cannot get a customer by itself: the member binds it instead.
            model.addAttribute("refusedKey", e.messageKey());
            return show(model, sidebar.chat(externalUserId), Map.of());
        } catch (NotFoundException e) {
            model.addAttribute("refusedKey", "wecom.sidebar.notFound");
            return show(model, sidebar.chat(externalUserId), Map.of());
        }
    }

    private static String show(Model model, SidebarChat chat, Map<String, String> errors) {
        model.addAttribute("chat", chat);
        model.addAttribute("errors", errors);
        model.addAttribute("types", SalesRecordService.TYPES);
        return "wecom/sidebar-parts :: chat";
    }
}
