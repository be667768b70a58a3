package it.piazza.inbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing someone did on a conversation, as its page shows it (the audit log keeps the same, chained).
 *
 * @param actor the username, or {@code piazza} for what Piazza did by itself
 * @param action what was done
 * @param detail the assignee, the new state, the office…; null when there is nothing to add
 * @param at when
 */
public record HistoryEntry(String actor, InboxAction action, @Nullable String detail, Instant at) {
}
