package it.piazza.policy;

import it.piazza.detection.Category;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A report of content or an author to the platform or to an authority.
 *
 * @param allowed whether the policy foresees it
 * @param categories the categories that lead to a report (the graver ones)
 * @param clause the verbatim sentence, required when allowed
 */
public record Report(boolean allowed, Set<Category> categories, @Nullable String clause) {

    public Report {
        categories = Set.copyOf(categories);
    }
}
