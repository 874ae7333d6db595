package io.qike.crm.archive.conversation;

import java.time.Instant;
import java.util.List;

/**
 * A conversation of a contact: its key (for {@code /conversations/{key}/messages}), whether it is a group chat, the
 * names of our members and of the customers' side in it, and when its newest message was sent.
 */
public record ConversationSummary(String key, boolean group, List<String> members, List<String> customers,
                                  Instant lastMessageAt) {
}
