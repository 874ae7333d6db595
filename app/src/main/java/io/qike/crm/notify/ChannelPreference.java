package io.qike.crm.notify;

/** One channel's 接收消息 switch for the signed-in user; {@code label} is the channel's name in the reader's language. */
public record ChannelPreference(String channel, String label, boolean enabled) {
}
