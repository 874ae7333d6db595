package io.qike.crm.archive.retention.web;

import io.qike.crm.archive.retention.ChatConversation;
import io.qike.crm.archive.retention.ChatLine;
import io.qike.crm.archive.retention.ChatPartner;
import io.qike.crm.archive.retention.HeldTranscript;
import io.qike.crm.archive.retention.ManualRetention;
import io.qike.crm.archive.retention.RetentionRule;
import io.qike.crm.archive.retention.RetentionRules;
import io.qike.crm.archive.retention.Selection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/wecom/archive")
@Tag(name = "WeCom conversation retention", description = "会话内容留存: transcripts of archived chats for sales records, and automatic retention rules")
class RetentionApiController {
    private final ManualRetention manual;
    private final RetentionRules rules;

    RetentionApiController(ManualRetention manual, RetentionRules rules) {
        this.manual = manual;
        this.rules = rules;
    }

    /**
     * The body of POST transcripts: the external contact, the conversation (one of GET conversations; none: the
     * one-to-one chat, or the first group chat when there is none) and one of msgids, from + to, or lastN.
     */
    record TranscriptRequest(String externalUserid, String conversation, List<String> msgids, String from, String to, Integer lastN) {
    }

    /** A held transcript: attach the file at {@code url} (its maker only) to the record, put {@code text} in its body. */
    record TranscriptResponse(UUID uploadId, String fileName, long sizeBytes, int messages, String text, String url) {
    }

    record Rules(List<RetentionRule> rules) {
    }

    @GetMapping("/chats")
    @Operation(summary = "The caller's external contacts with archived chats, one-to-one or in group chats with them (of one customer with customerId)",
            description = "409 wecom_not_bound when the caller has no bound WeCom member")
    List<ChatPartner> chats(@RequestParam(required = false) Long customerId) {
        return manual.partners(customerId);
    }

    @GetMapping("/chats/{externalUserid}/conversations")
    @Operation(summary = "The caller's conversations with an external contact they follow: the one-to-one chat, then the group chats both are in, newest first")
    List<ChatConversation> conversations(@PathVariable String externalUserid) {
        return manual.conversations(externalUserid);
    }

    @GetMapping("/chats/{externalUserid}/messages")
    @Operation(summary = "The newest messages (up to 200) of the caller's chat with an external contact they follow, oldest first",
            description = "conversation: one of GET conversations (none: the one-to-one chat, or the first group chat when there is none); another is 404")
    List<ChatLine> messages(@PathVariable String externalUserid, @RequestParam(required = false) String conversation) {
        return manual.conversation(externalUserid, conversation);
    }

    @PostMapping("/transcripts")
    @Operation(summary = "Make one transcript (HTML) of selected messages of the caller's chat with an external contact",
            description = "Exactly one of msgids, from + to (ISO date-times), lastN (1–1000). The file is held for the caller: "
                    + "GET url and attach it as a 'files' part of POST /api/v1/sales-records; text is for the record's content.")
    ResponseEntity<TranscriptResponse> transcript(@RequestBody TranscriptRequest body) {
        HeldTranscript t = manual.transcript(body.externalUserid(), body.conversation(), new Selection(body.msgids(), body.from(), body.to(), body.lastN()));
        String url = "/api/v1/wecom/archive/transcripts/" + t.uploadId();
        return ResponseEntity.created(URI.create(url))
                .body(new TranscriptResponse(t.uploadId(), t.fileName(), t.sizeBytes(), t.messages(), t.text(), url));
    }

    @GetMapping("/transcripts/{uploadId}")
    @Operation(summary = "A held transcript's HTML file (its maker only)")
    ResponseEntity<org.springframework.core.io.FileSystemResource> transcriptFile(@PathVariable UUID uploadId) {
        return TranscriptFiles.download(manual.file(uploadId));
    }

    @GetMapping("/retention")
    @Operation(summary = "The rules of automatic retention (admin:wecom)")
    Rules retention() {
        return new Rules(rules.list());
    }

    @PutMapping("/retention")
    @Operation(summary = "Replace the rules of automatic retention (admin:wecom); scope ENTERPRISE, DEPARTMENT (departmentId) or CUSTOMER (customerId)")
    Rules replace(@RequestBody Rules body) {
        return new Rules(rules.replace(body == null ? null : body.rules()));
    }
}
