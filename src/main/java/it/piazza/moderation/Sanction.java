package it.piazza.moderation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A measure applied to an author.
 *
 * @param id the sanction
 * @param enteId the ente
 * @param authorId the author's platform id
 * @param measure warning, ban, report…
 * @param decisionId the decision it followed from
 * @param startsAt since when
 * @param endsAt until when; null for a warning or report, or for a ban a second person confirmed as permanent
 * @param confirmedBy the second person who confirmed a permanent ban
 * @param revoked whether it was revoked (reversal on appeal)
 */
public record Sanction(UUID id, String enteId, String authorId, AuthorMeasure measure, UUID decisionId,
        Instant startsAt, @Nullable Instant endsAt, @Nullable String confirmedBy, boolean revoked) {
}
