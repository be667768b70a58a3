package it.piazza.moderation;

import it.piazza.detection.Category;
import it.piazza.policy.ContentAction;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A decision on an interaction, automated or human. Decisions are never changed: a person's decision or a
 * reversal on appeal is a new decision that {@link #supersedes()} the earlier one.
 *
 * @param id the decision
 * @param enteId the ente
 * @param interactionId the interaction decided on
 * @param policyVersion the version of the ente's policy in force when it was taken
 * @param action the action
 * @param suggested what the automatic part suggested, when a person decided or has to
 * @param categories the grounds' categories
 * @param measures measures on the author
 * @param automated whether no person took part
 * @param decidedBy {@code piazza}, or the person's user name
 * @param decidedAt when
 * @param note the person's note (why), when given
 * @param reasons the statement of reasons
 * @param supersedes the decision this one replaces
 */
public record Decision(UUID id, String enteId, UUID interactionId, int policyVersion, ContentAction action,
        @Nullable ContentAction suggested, List<Category> categories, Set<AuthorMeasure> measures, boolean automated,
        String decidedBy, Instant decidedAt, @Nullable String note, StatementOfReasons reasons,
        @Nullable UUID supersedes) {

    /** The actor name of automated decisions. */
    public static final String AUTOMATED = "piazza";

    public Decision {
        categories = List.copyOf(categories);
        measures = Set.copyOf(measures);
    }

    /** @return whether a person decided differently from the automatic suggestion (data for retraining) */
    public boolean overridesSuggestion() {
        return !automated && suggested != null && suggested != action;
    }
}
