package it.piazza.inbox;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published, in the transaction that approved or sent it, when a reply leaves Piazza: the platform connectors
 * listen to it and post the text on the platform. Piazza itself sends nothing.
 *
 * @param enteId the ente
 * @param channelId the channel of the ente's policy (e.g. {@code facebook})
 * @param conversationId the conversation
 * @param replyId the reply (an idempotency key for the connector)
 * @param recipientAuthorId the platform id of the citizen; null when the platform gave none
 * @param inReplyToPlatformId the platform id of the message or comment answered
 * @param privateMessage true for a private message to the citizen, false for a public reply to the comment
 * @param text the text to post, in Italian
 */
public record ReplyReady(String enteId, String channelId, UUID conversationId, UUID replyId,
        @Nullable String recipientAuthorId, String inReplyToPlatformId, boolean privateMessage, String text) {
}
