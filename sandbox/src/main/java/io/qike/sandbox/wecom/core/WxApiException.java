package io.qike.sandbox.wecom.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** An API call that the real service would answer with a non-zero errcode (HTTP 200, JSON body). */
public class WxApiException extends RuntimeException {
    private final int errcode;
    private final Map<String, Object> extra;

    public WxApiException(int errcode) {
        this(errcode, Map.of());
    }

    public WxApiException(int errcode, Map<String, Object> extra) {
        super("errcode " + errcode);
        this.errcode = errcode;
        this.extra = new LinkedHashMap<>(extra);
    }

    public int errcode() {
        return errcode;
    }

    /** Fields the real service still returns next to the error, e.g. invaliduser for 81013. */
    public Map<String, Object> extra() {
        return extra;
    }
}
