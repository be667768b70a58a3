package it.piazza.policy;

import it.piazza.detection.Category;
import org.jspecify.annotations.Nullable;

/**
 * What the policy does with comments of one category, and the sentence of the policy that grounds it.
 *
 * @param category the category
 * @param action the action on the content
 * @param clause the verbatim sentence of the ente's policy; never blank unless the action is {@code KEEP}
 * @param threshold a confidence threshold overriding {@link ModerationRules#autoThreshold()} for this category
 */
public record CategoryRule(Category category, ContentAction action, String clause, @Nullable Double threshold) {
}
