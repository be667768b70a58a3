package it.piazza.moderation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's appeal against a decision.
 *
 * @param id the appeal
 * @param enteId the ente
 * @param decisionId the contested decision
 * @param filedAt when it was filed
 * @param statement the citizen's reasons
 * @param contact how to answer the citizen, when given
 * @param state open, upheld or reversed
 * @param decidedBy who decided it (never who took the contested decision)
 * @param decidedAt when
 * @param outcomeNote why, in Italian
 */
public record Appeal(UUID id, String enteId, UUID decisionId, Instant filedAt, String statement,
        @Nullable String contact, AppealState state, @Nullable String decidedBy, @Nullable Instant decidedAt,
        @Nullable String outcomeNote) {

    /** Where an appeal stands. */
    public enum AppealState {
        OPEN, UPHELD, REVERSED
    }
}
