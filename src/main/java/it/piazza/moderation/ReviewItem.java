package it.piazza.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment waiting for a person, with the automatic suggestion.
 *
 * @param interaction the comment
 * @param suggestion the automated decision that sent it here (action REVIEW, its suggested action and reasons)
 * @param severity how grave the gravest ground is
 * @param claimedBy who is deciding it, or null
 * @param claimedAt since when
 * @param queuedAt when it entered the queue
 */
public record ReviewItem(Interaction interaction, Decision suggestion, int severity, @Nullable String claimedBy,
        @Nullable Instant claimedAt, Instant queuedAt) {
}
