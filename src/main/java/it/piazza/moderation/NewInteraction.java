package it.piazza.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment or message as it arrives from a platform (or the REST API), before it is stored.
 *
 * @param channelId the ente's channel, as in its policy (e.g. {@code facebook})
 * @param kind comment, reply or private message
 * @param platformId the platform's own id; an interaction is stored once per channel and platform id
 * @param postPlatformId the post it answers
 * @param postText the text of that post
 * @param parentPlatformId the comment it replies to
 * @param authorId the author's platform id
 * @param authorName the author's display name
 * @param text the text
 * @param createdAt when it was written on the platform
 */
public record NewInteraction(String channelId, InteractionKind kind, String platformId, @Nullable String postPlatformId,
        @Nullable String postText, @Nullable String parentPlatformId, @Nullable String authorId,
        @Nullable String authorName, String text, Instant createdAt) {
}
