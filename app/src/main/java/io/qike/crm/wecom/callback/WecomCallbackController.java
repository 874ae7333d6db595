package io.qike.crm.wecom.callback;

import io.qike.crm.wecom.WecomCallbacks;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The URL pasted into the WeCom console (接收事件服务器). WeCom calls it without a session or CSRF token; the
 * signature is the authentication. Answers are plain text as WeCom expects, never a page.
 */
@Hidden
@RestController
@RequestMapping("/wecom/callback/{corpId}")
class WecomCallbackController {
    private final WecomCallbacks callbacks;

    WecomCallbackController(WecomCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(@PathVariable String corpId, @RequestParam(name = "msg_signature", required = false) String signature,
                  @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
                  @RequestParam(required = false) String echostr) {
        return callbacks.verifyUrl(corpId, signature, timestamp, nonce, echostr);
    }

    @PostMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    String receive(@PathVariable String corpId, @RequestParam(name = "msg_signature", required = false) String signature,
                   @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
                   @RequestBody(required = false) String body) {
        callbacks.receive(corpId, signature, timestamp, nonce, body == null ? "" : body);
        return "success";
    }

    @ExceptionHandler(WecomCallbacks.Refused.class)
    ResponseEntity<String> refused(WecomCallbacks.Refused e) {
        HttpStatus status = "not_configured".equals(e.reason()) ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(e.reason());
    }
}
