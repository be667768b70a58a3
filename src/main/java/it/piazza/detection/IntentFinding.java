package it.piazza.detection;

import java.util.List;
import java.util.Objects;

/**
 * An intent of a public comment that is not a violation: {@link Intent#ASSISTANCE_REQUEST} or
 * {@link Intent#COMPLAINT}.
 *
 * @param intent the intent
 * @param score how sure the detector is, in [0, 1]
 * @param evidence spans of the comment text, in UTF-16 indices
 * @param reason short English explanation
 */
public record IntentFinding(Intent intent, double score, List<TextSpan> evidence, String reason) {

    public IntentFinding {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(reason, "reason");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        evidence = List.copyOf(evidence);
    }
}
