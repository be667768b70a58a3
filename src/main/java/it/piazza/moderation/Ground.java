package it.piazza.moderation;

import it.piazza.detection.Category;

/**
 * One ground of a decision: a category of the ente's policy, the sentence that grounds it, and how sure the
 * automatic part was.
 *
 * @param category the category
 * @param clause the verbatim sentence of the ente's policy
 * @param score the detector's confidence, in [0, 1]
 * @param detection what the detector saw, e.g. {@code lexicon: insult 'imbecille'}
 * @param certain whether the confidence reached the policy's threshold for acting without a person
 */
public record Ground(Category category, String clause, double score, String detection, boolean certain) {
}
