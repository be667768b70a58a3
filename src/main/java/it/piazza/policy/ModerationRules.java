package it.piazza.policy;

import it.piazza.detection.Category;
import java.util.Map;

/**
 * How the ente moderates public comments.
 *
 * @param mode when moderation happens (all five seeds: after publication)
 * @param autoThreshold the confidence at or above which Piazza acts alone
 * @param reviewThreshold the confidence at or above which a finding goes to a person; below it is ignored
 * @param categories the rule of each category the policy names
 * @param classifier whether the trained abuse classifier helps the rules (false: rules only)
 */
public record ModerationRules(ModerationMode mode, double autoThreshold, double reviewThreshold,
        Map<Category, CategoryRule> categories, boolean classifier) {

    public ModerationRules {
        categories = Map.copyOf(categories);
    }
}
