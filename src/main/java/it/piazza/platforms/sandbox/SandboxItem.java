package it.piazza.platforms.sandbox;

import it.piazza.moderation.InteractionKind;
import it.piazza.policy.ContentAction;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment, reply or private message on a sandbox page, written by a citizen or by the ente.
 *
 * @param id the sandbox's id (the platform id Piazza receives)
 * @param enteId the ente
 * @param channelId the channel
 * @param kind comment, reply or private message
 * @param postId the post it is under (null for private messages)
 * @param parentId the comment or message it answers
 * @param authorId the author's sandbox id (for the ente's own items, {@code ente:<enteId>})
 * @param authorName the author's display name
 * @param byEnte whether the ente wrote it (a reply or a private answer carried out by Piazza)
 * @param text the text
 * @param visibility what the public sees
 * @param createdAt when it was written
 * @param decisionId the latest decision Piazza took on it, if any
 * @param decisionAction that decision's action
 * @param decidedBy who took it ({@code piazza} when automated)
 */
public record SandboxItem(String id, String enteId, String channelId, InteractionKind kind, @Nullable String postId,
        @Nullable String parentId, String authorId, String authorName, boolean byEnte, String text,
        Visibility visibility, Instant createdAt, @Nullable UUID decisionId, @Nullable ContentAction decisionAction,
        @Nullable String decidedBy) {
}
