package io.qike.sandbox.wecom.jssdk;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The stand-in for Tencent's JS-SDK script (jweixin-1.2.0.js) and the client state it reads, so a page written for
 * the WeCom client runs its real code in an ordinary browser.
 */
@RestController("wecomJsSdkController")
@RequestMapping("/sandbox/wecom/jssdk")
public class JsSdkController {
    private static final Resource SCRIPT = new ClassPathResource("io/qike/sandbox/wecom/jssdk/jweixin-standin.js");
    private final JsSdkState state;

    public JsSdkController(JsSdkState state) {
        this.state = state;
    }

    @GetMapping("/jweixin.js")
    public ResponseEntity<Resource> script() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.noStore()).body(SCRIPT);
    }

    @GetMapping("/state")
    public Map<String, Object> state() {
        return state.view();
    }
}
