package it.piazza.inbox;

import it.piazza.detection.Intent;
import it.piazza.policy.Platform;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One author's thread with one channel of the ente: their private messages, or their public requests (the two
 * are kept apart, so that a public reply never draws on a private message).
 *
 * @param id Piazza's id
 * @param enteId the ente
 * @param channelId the channel
 * @param platform the channel's platform
 * @param authorId the author's platform id, when known
 * @param authorName the author's display name, when known
 * @param privateThread whether these are private messages (otherwise public comments)
 * @param state where it stands
 * @param assignee the username of the person who has it, or null
 * @param office where it is routed: an office id of the policy, a contact kind code, or {@code 112}
 * @param intent the intent of the latest message
 * @param emergency whether a message was an emergency: the conversation goes to the top of the list
 * @param openedAt when its first message arrived
 * @param lastMessageAt when its latest message arrived
 * @param waitingSince the arrival of the oldest message no person has answered yet, or null
 */
public record Conversation(UUID id, String enteId, String channelId, Platform platform, @Nullable String authorId,
        @Nullable String authorName, boolean privateThread, ConversationState state, @Nullable String assignee,
        String office, Intent intent, boolean emergency, Instant openedAt, Instant lastMessageAt,
        @Nullable Instant waitingSince) {
}
