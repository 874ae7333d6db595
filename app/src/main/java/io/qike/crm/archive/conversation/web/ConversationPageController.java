package io.qike.crm.archive.conversation.web;

import io.qike.crm.archive.conversation.ArchiveConversations;
import io.qike.crm.archive.conversation.MessageQuery;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 企业微信聊天 on the contact and customer pages: htmx fragments of the conversations and the chat view, and the media. */
@Controller
class ConversationPageController {
    private final ArchiveConversations conversations;

    ConversationPageController(ArchiveConversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/archive/conversations/contact/{id}")
    String ofContact(@PathVariable long id, Model model) {
        model.addAttribute("conversations", conversations.ofContact(id));
        return "archive/conversations :: section";
    }

    @GetMapping("/archive/conversations/customer/{id}")
    String ofCustomer(@PathVariable long id, Model model) {
        model.addAttribute("conversations", conversations.ofCustomer(id));
        return "archive/conversations :: section";
    }

    @GetMapping("/archive/conversations/chat")
    String chat(@RequestParam String key, @RequestParam(required = false) String q, @RequestParam(required = false) String date,
                Model model) {
        model.addAttribute("page", conversations.messages(key, new MessageQuery(null, null, q, date, null)));
        model.addAttribute("q", q);
        model.addAttribute("date", date);
        model.addAttribute("forward", date != null && !date.isBlank());
        return "archive/conversations :: chat";
    }

    @GetMapping("/archive/conversations/earlier")
    String earlier(@RequestParam String key, @RequestParam String before, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("page", conversations.messages(key, new MessageQuery(before, null, q, null, null)));
        model.addAttribute("q", q);
        return "archive/conversations :: messages";
    }

    @GetMapping("/archive/conversations/later")
    String later(@RequestParam String key, @RequestParam String after, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("page", conversations.messages(key, new MessageQuery(null, after, q, null, null)));
        model.addAttribute("q", q);
        model.addAttribute("forward", true);
        return "archive/conversations :: messages";
    }

    @GetMapping("/archive/media/{msgid}")
    ResponseEntity<FileSystemResource> media(@PathVariable String msgid) {
        return MediaResponses.of(conversations.media(msgid));
    }
}
