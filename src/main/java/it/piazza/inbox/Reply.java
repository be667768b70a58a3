package it.piazza.inbox;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reply to the citizen: automatic, from the assistant, or written by a person.
 *
 * @param id Piazza's id
 * @param conversationId the conversation
 * @param origin who wrote it
 * @param state waiting for approval, sent to the platform, or sent back
 * @param text the text the citizen reads
 * @param inReplyTo the platform id of the message it answers
 * @param writtenBy the username of its writer ({@code piazza} for automatic replies and the assistant)
 * @param writtenAt when it was written
 * @param approvedBy who approved it, where the policy requires approval
 * @param sentAt when it left for the platform ({@link ReplyReady}), or null
 * @param responseMinutes for a person's reply, the staffed minutes the citizen waited; otherwise null
 * @param sourceUrl for the assistant's answer, the page it quotes
 */
public record Reply(UUID id, UUID conversationId, ReplyOrigin origin, ReplyState state, String text,
        String inReplyTo, String writtenBy, Instant writtenAt, @Nullable String approvedBy, @Nullable Instant sentAt,
        @Nullable Long responseMinutes, @Nullable String sourceUrl) {

    /** Who wrote a reply. */
    public enum ReplyOrigin {
        /** Piazza, by the policy's templates: an emergency, or a message outside the staffed hours. */
        AUTOMATIC,
        /** The FAQ assistant. */
        ASSISTANT,
        /** A member of staff. */
        PERSON
    }

    /** Where a reply stands. */
    public enum ReplyState {
        /** Written by an editor where the policy requires approval: it has not left yet. */
        AWAITING_APPROVAL,
        /** Handed to the platform connectors. */
        SENT,
        /** Sent back by the approver: it never left. */
        REJECTED
    }
}
