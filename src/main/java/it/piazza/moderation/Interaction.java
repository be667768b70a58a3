package it.piazza.moderation;

import it.piazza.policy.Platform;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored comment or message.
 *
 * @param id Piazza's id
 * @param enteId the ente
 * @param channelId the ente's channel
 * @param platform the channel's platform
 * @param kind comment, reply or private message
 * @param platformId the platform's id
 * @param postPlatformId the post it answers
 * @param postText the text of that post
 * @param parentPlatformId the comment it replies to
 * @param authorId the author's platform id
 * @param authorName the author's display name
 * @param text the text (null once purged at the end of the retention period)
 * @param createdAt when it was written
 * @param receivedAt when Piazza received it
 * @param state where it stands
 */
public record Interaction(UUID id, String enteId, String channelId, Platform platform, InteractionKind kind,
        String platformId, @Nullable String postPlatformId, @Nullable String postText, @Nullable String parentPlatformId,
        @Nullable String authorId, @Nullable String authorName, String text, Instant createdAt, Instant receivedAt,
        InteractionState state) {
}
