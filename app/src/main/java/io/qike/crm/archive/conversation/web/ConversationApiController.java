package io.qike.crm.archive.conversation.web;

import io.qike.crm.archive.conversation.ArchiveConversations;
import io.qike.crm.archive.conversation.ConversationPage;
import io.qike.crm.archive.conversation.ConversationSummary;
import io.qike.crm.archive.conversation.MessageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "WeCom conversations", description = "会话存档: archived WeCom chats of contacts and customers in the caller's data scope")
class ConversationApiController {
    private final ArchiveConversations conversations;

    ConversationApiController(ArchiveConversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/contacts/{id}/wecom-conversations")
    @Operation(summary = "The archived WeCom conversations of a contact (one-to-one and group chats), newest first")
    List<ConversationSummary> ofContact(@PathVariable long id) {
        return conversations.ofContact(id);
    }

    @GetMapping("/customers/{id}/wecom-conversations")
    @Operation(summary = "The archived WeCom conversations of a customer's contacts, newest first")
    List<ConversationSummary> ofCustomer(@PathVariable long id) {
        return conversations.ofCustomer(id);
    }

    @GetMapping("/wecom/archive/conversations/{key}/messages")
    @Operation(summary = "Messages of a conversation in time order: the newest, before or after a moment, containing a text, or from a day on")
    ConversationPage messages(@PathVariable String key, @RequestParam(required = false) String before,
                              @RequestParam(required = false) String after, @RequestParam(required = false) String q,
                              @RequestParam(required = false) String date, @RequestParam(required = false) Integer limit) {
        return conversations.messages(key, new MessageQuery(before, after, q, date, limit));
    }

    @GetMapping("/wecom/archive/media/{msgid}")
    @Operation(summary = "The media (image, voice, video, file) of an archived message, once fetched")
    ResponseEntity<FileSystemResource> media(@PathVariable String msgid) {
        return MediaResponses.of(conversations.media(msgid));
    }
}
