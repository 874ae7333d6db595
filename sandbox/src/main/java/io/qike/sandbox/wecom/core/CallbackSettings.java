package io.qike.sandbox.wecom.core;

/** "接收事件服务器" of one app: the URL the simulator POSTs events to, with its Token and EncodingAESKey. */
public record CallbackSettings(String url, String token, String encodingAesKey) {
}
