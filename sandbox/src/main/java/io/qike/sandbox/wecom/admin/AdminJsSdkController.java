package io.qike.sandbox.wecom.admin;

import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.jssdk.JsSdkState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;

/** The WeCom client's side of the JS-SDK: the chat currently open (聊天工具栏) and the phone's location. */
@RestController("wecomAdminJsSdkController")
@RequestMapping("/sandbox/admin/wecom/jssdk")
public class AdminJsSdkController {
    private static final Set<String> ENTRIES = Set.of("normal", "contact_profile", "single_chat_tools", "group_chat_tools",
            "chat_attachment", "single_kf_tools");
    private final JsSdkState jssdk;
    private final WeComState state;

    public AdminJsSdkController(JsSdkState jssdk, WeComState state) {
        this.jssdk = jssdk;
        this.state = state;
    }

    @GetMapping
    public Map<String, Object> view() {
        return jssdk.view();
    }

    /** {"entry":"single_chat_tools","external_userid":"wm…","userid":"ZhangWei"}; the ids must exist. */
    @PutMapping("/context")
    public Map<String, Object> context(@RequestBody Map<String, Object> body) {
        String entry = Bodies.string(body, "entry");
        if (!ENTRIES.contains(entry)) {
            throw new IllegalArgumentException("unknown entry " + entry);
        }
        String external = body.get("external_userid") == null ? null : String.valueOf(body.get("external_userid"));
        if (external != null && state.world().externals().get(external) == null) {
            throw new IllegalArgumentException("no external contact " + external);
        }
        String userid = body.get("userid") == null ? null : String.valueOf(body.get("userid"));
        if (userid != null && state.world().directory().member(userid) == null) {
            throw new IllegalArgumentException("no member " + userid);
        }
        jssdk.context(new JsSdkState.Context(entry, external, userid));
        return jssdk.view();
    }

    /** {"latitude": 30.259, "longitude": 120.13}, what wx.getLocation answers. */
    @PutMapping("/location")
    public Map<String, Object> location(@RequestBody Map<String, Object> body) {
        double lat = Double.parseDouble(Bodies.string(body, "latitude"));
        double lng = Double.parseDouble(Bodies.string(body, "longitude"));
        if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
            throw new IllegalArgumentException("latitude or longitude out of range");
        }
        jssdk.location(new JsSdkState.Location(lat, lng));
        return jssdk.view();
    }
}
