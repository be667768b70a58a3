package it.piazza.moderation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published when a person decides an appeal.
 *
 * @param appealId the appeal
 * @param enteId the ente
 * @param decisionId the contested decision
 * @param reversed whether the decision was reversed (the content is restored where the platform allows it)
 * @param decidedBy who decided
 * @param reversal the new decision that restores the content, when reversed
 */
public record AppealDecided(UUID appealId, String enteId, UUID decisionId, boolean reversed, String decidedBy,
        @Nullable UUID reversal) {
}
