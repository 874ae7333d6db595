package io.qike.crm.archive.conversation;

import java.time.Instant;
import java.util.List;

/**
 * Messages of a conversation in time order. {@code earliest} and {@code latest} are the times to page from
 * ({@code before=earliest} for earlier messages, {@code after=latest} for later ones); {@code full} says the page
 * was filled (there may be more in the direction it was read).
 */
public record ConversationPage(String key, List<ChatMessage> messages, Instant earliest, Instant latest, boolean full) {
}
