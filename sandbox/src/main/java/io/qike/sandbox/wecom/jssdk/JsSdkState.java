package io.qike.sandbox.wecom.jssdk;

import io.qike.sandbox.wecom.core.Resettable;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the WeCom client would know when a page runs inside it: the chat the member has open (the entry the
 * toolbar was opened from, the external contact of a single chat) and where the phone is. The stand-in JS-SDK
 * reads it; tests set it through the admin API.
 */
@Component("wecomJsSdkState")
public class JsSdkState implements Resettable {

    public record Context(String entry, String externalUserid, String userid) {
    }

    public record Location(double latitude, double longitude) {
    }

    private volatile Context context;
    private volatile Location location;

    public Context context() { return context; }
    public void context(Context c) { this.context = c; }
    public Location location() { return location; }
    public void location(Location l) { this.location = l; }

    /** The state as the stand-in script reads it. */
    public Map<String, Object> view() {
        Map<String, Object> j = new LinkedHashMap<>();
        Context c = context;
        j.put("entry", c == null ? "normal" : c.entry());
        j.put("external_userid", c == null || c.externalUserid() == null ? "" : c.externalUserid());
        j.put("userid", c == null || c.userid() == null ? "" : c.userid());
        Location l = location;
        if (l != null) {
            j.put("location", Map.of("latitude", l.latitude(), "longitude", l.longitude()));
        }
        return j;
    }

    @Override
    public void reset() {
        context = null;
        location = null;
    }
}
