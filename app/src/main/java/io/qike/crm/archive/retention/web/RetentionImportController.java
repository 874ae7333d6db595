package io.qike.crm.archive.retention.web;

import io.qike.crm.archive.retention.ChatConversation;
import io.qike.crm.archive.retention.HeldTranscript;
import io.qike.crm.archive.retention.ManualRetention;
import io.qike.crm.archive.retention.Selection;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 从企业微信导入, the dialog of the sales record forms (htmx fragments): the user's external contacts, then a
 * conversation (the one-to-one chat or a group chat with the contact) to select messages from, then the transcript handed to the form (attached as a file, its text appended).
 * {@code form} is the id of the form the transcript goes to.
 */
@Controller
@RequestMapping("/archive/retention/import")
class RetentionImportController {
    private static final String VIEW = "archive/retention-import";
    private final ManualRetention manual;
    private final FormErrors formErrors;

    RetentionImportController(ManualRetention manual, FormErrors formErrors) {
        this.manual = manual;
        this.formErrors = formErrors;
    }

    @GetMapping
    String partners(@RequestParam(defaultValue = "record-composer") String form, @RequestParam(required = false) Long customerId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("customerId", customerId);
        if (manual.member().isEmpty()) return VIEW + " :: notBound";
        model.addAttribute("partners", manual.partners(customerId));
        return VIEW + " :: partners";
    }

    @GetMapping("/chat")
    String chat(@RequestParam(defaultValue = "record-composer") String form, @RequestParam("externalUserId") String externalUserid,
                @RequestParam(required = false) String conversation, Model model) {
        return chat(form, externalUserid, conversation, Map.of(), model);
    }

    @PostMapping
    String importSelection(@RequestParam(defaultValue = "record-composer") String form, @RequestParam("externalUserId") String externalUserid,
                           @RequestParam(required = false) String conversation, @RequestParam(defaultValue = "messages") String mode,
                           @RequestParam(required = false) List<String> msgids, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) Integer lastN,
                           HttpServletRequest request, Model model) {
        Selection selection = switch (mode) {
            case "range" -> new Selection(null, from, to, null);
            case "last" -> new Selection(null, null, null, lastN == null ? 0 : lastN);
            default -> new Selection(msgids == null ? List.of() : msgids, null, null, null);
        };
        try {
            HeldTranscript t = manual.transcript(externalUserid, conversation, selection);
            model.addAttribute("form", form);
            model.addAttribute("transcript", t);
            return VIEW + " :: done";
        } catch (InvalidInputException e) {
            return chat(form, externalUserid, conversation, formErrors.of(request, e), model);
        }
    }

    @GetMapping("/transcripts/{uploadId}")
    ResponseEntity<FileSystemResource> file(@PathVariable UUID uploadId) {
        return TranscriptFiles.download(manual.file(uploadId));
    }

    private String chat(String form, String externalUserid, String conversation, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("partner", manual.partner(externalUserid));
        List<ChatConversation> conversations = manual.conversations(externalUserid);
        model.addAttribute("conversations", conversations);
        model.addAttribute("lines", manual.conversation(externalUserid, conversation));
        model.addAttribute("conversation", conversation != null && !conversation.isBlank() ? conversation
                : conversations.isEmpty() ? null : conversations.get(0).conversation());
        model.addAttribute("errors", errors);
        return VIEW + " :: chat";
    }

    /** Not bound after all (unbound since the dialog opened): the same clear message. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model) {
        if (!"wecom_not_bound".equals(e.code())) throw e;
        return VIEW + " :: notBound";
    }
}
