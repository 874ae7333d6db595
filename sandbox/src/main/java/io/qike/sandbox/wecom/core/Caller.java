package io.qike.sandbox.wecom.core;

/** The app whose token was presented, and the address the call came from. */
public record Caller(AppSettings app, String ip) {
    public AppKind kind() {
        return app.kind();
    }
}
