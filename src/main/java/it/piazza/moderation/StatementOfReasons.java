package it.piazza.moderation;

import it.piazza.policy.ContentAction;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The statement of reasons of a decision (DSA art. 17): what was decided, on which ground of the ente's own
 * policy, on which facts and evidence, whether automation was involved, when, and how to contest it. Kept
 * with the decision; the notice the author receives is generated from it, and its fields map to the EU
 * Transparency Database (see {@link #dsaDecisionGround()} and the others).
 *
 * @param action the action on the content
 * @param grounds the categories with the sentence of the policy that grounds each
 * @param facts the facts relied on, in Italian
 * @param evidence the spans of the comment that support the grounds
 * @param measures measures on the author
 * @param automatedDetection whether the content was detected by automated means
 * @param automatedDecision whether the decision was taken without a person
 * @param decidedBy who decided ({@code piazza} when automated)
 * @param decidedAt when
 * @param policyVersion the version of the ente's policy in force
 * @param appealUrl where the author can contest the decision
 * @param notice the Italian notice sent to the author, or null when nothing is sent (content kept)
 */
public record StatementOfReasons(ContentAction action, List<Ground> grounds, String facts, List<Evidence> evidence,
        List<AuthorMeasure> measures, boolean automatedDetection, boolean automatedDecision, String decidedBy,
        Instant decidedAt, int policyVersion, String appealUrl, @Nullable String notice) {

    public StatementOfReasons {
        grounds = List.copyOf(grounds);
        evidence = List.copyOf(evidence);
        measures = List.copyOf(measures);
    }

    /** @return the DSA "decision_ground": content incompatible with the ente's terms (its policy) */
    public String dsaDecisionGround() {
        return "DECISION_GROUND_INCOMPATIBLE_CONTENT";
    }

    /** @return the DSA "decision_visibility" of the action */
    public String dsaDecisionVisibility() {
        return switch (action) {
            case REMOVE -> "DECISION_VISIBILITY_CONTENT_REMOVED";
            case HIDE -> "DECISION_VISIBILITY_CONTENT_DISABLED";
            case REVIEW, KEEP -> "DECISION_VISIBILITY_OTHER";
        };
    }

    /** @return the DSA "automated_decision" value */
    public String dsaAutomatedDecision() {
        return automatedDecision ? "AUTOMATED_DECISION_FULLY"
                : automatedDetection ? "AUTOMATED_DECISION_PARTIALLY" : "AUTOMATED_DECISION_NOT_AUTOMATED";
    }
}
