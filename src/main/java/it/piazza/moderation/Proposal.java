package it.piazza.moderation;

import it.piazza.detection.IntentFinding;
import it.piazza.policy.ContentAction;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of the ente's policy make of the analysis of one comment: the decision Piazza takes alone,
 * or the suggestion it hands to a person ({@link ContentAction#REVIEW}).
 *
 * @param action the action on the comment
 * @param grounds the categories found that the policy names, strongest first; empty exactly when nothing was found
 * @param evidence the spans that support the grounds
 * @param measures measures on the author, applied with the action (none while a person reviews)
 * @param suggested for {@code REVIEW}, the action the rules would take if a person confirms the grounds
 * @param intents intents of a comment that is not a violation (assistance request, complaint)
 * @param reply the suggested public reply in Italian for an intent, with the ente's official contacts
 * @param reviewReasons why a person must decide, in Italian; empty unless the action is REVIEW
 */
public record Proposal(ContentAction action, List<Ground> grounds, List<Evidence> evidence, Set<AuthorMeasure> measures,
        ContentAction suggested, List<IntentFinding> intents, @Nullable String reply, List<String> reviewReasons) {

    public Proposal {
        grounds = List.copyOf(grounds);
        evidence = List.copyOf(evidence);
        measures = Set.copyOf(measures);
        intents = List.copyOf(intents);
        reviewReasons = List.copyOf(reviewReasons);
    }

    /** @return whether Piazza acted without a person */
    public boolean automated() {
        return action != ContentAction.REVIEW;
    }
}
