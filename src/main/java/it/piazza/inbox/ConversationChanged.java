package it.piazza.inbox;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published, in the transaction that made it, for everything done on a conversation: the audit log records it.
 *
 * @param enteId the ente
 * @param conversationId the conversation
 * @param actor the username, or {@code piazza}
 * @param action what was done
 * @param detail what the page's history shows with it (never the text of a note or a reply), or null
 */
public record ConversationChanged(String enteId, UUID conversationId, String actor, InboxAction action,
        @Nullable String detail) {
}
