package io.qike.crm.archive.pull;

import java.time.Instant;

/** A group chat as its archived messages show it: its conversation key, how many took part, its newest message's time. */
public record RoomChat(String conversation, int members, Instant lastMessageAt) {
}
