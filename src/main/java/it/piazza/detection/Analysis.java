package it.piazza.detection;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of analysing one comment: the findings by category (at most one per category, strongest
 * first) and the intents.
 *
 * @param findings one per category, sorted by descending score; weak signals below
 *                 {@link #DEFAULT_THRESHOLD} are kept so that a moderation policy may use its own threshold
 * @param intents the intents found, sorted by descending score
 */
public record Analysis(List<Finding> findings, List<IntentFinding> intents) {

    /** The score from which a finding counts as a detected violation unless a policy says otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public Analysis {
        findings = List.copyOf(findings);
        intents = List.copyOf(intents);
    }

    /** @return the categories whose score is at least {@code threshold} */
    public Set<Category> categories(double threshold) {
        Set<Category> result = EnumSet.noneOf(Category.class);
        for (Finding f : findings) {
            if (f.score() >= threshold) {
                result.add(f.category());
            }
        }
        return result;
    }

    /** @return the intents whose score is at least {@code threshold} */
    public Set<Intent> intentsAbove(double threshold) {
        Set<Intent> result = EnumSet.noneOf(Intent.class);
        for (IntentFinding i : intents) {
            if (i.score() >= threshold) {
                result.add(i.intent());
            }
        }
        return result;
    }

    /** @return the finding of {@code category}, if any */
    public Optional<Finding> finding(Category category) {
        return findings.stream().filter(f -> f.category() == category).findFirst();
    }
}
