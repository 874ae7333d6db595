package io.qike.crm.archive.retention;

import java.time.Instant;

/**
 * A conversation of the current user with an external contact that messages can be imported from: the one-to-one chat
 * ({@code group} false) or a group chat both are in; {@code conversation} is its key ({@code single:…} or
 * {@code room:<roomid>}), {@code name} how the picker shows it, {@code members} how many took part.
 */
public record ChatConversation(String conversation, boolean group, String name, int members, Instant lastMessageAt) {
}
