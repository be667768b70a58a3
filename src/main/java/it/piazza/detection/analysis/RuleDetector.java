package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentToAnalyze;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the phrase-rule matches labelled with a category into findings: threats, hate patterns,
 * accusations and alarmism, illegal activity, piracy, obscene phrases, private matters, legal disputes and
 * multi-word insults. Someone else's words being reported are not the author's: matches inside reported
 * speech are dropped for the categories about the author's own language.
 */
final class RuleDetector implements TextDetector {

    /** Categories with a detector of their own that reads these matches together with other evidence. */
    private static final Set<Category> OWN_DETECTOR = EnumSet.of(Category.ADVERTISING, Category.POLITICAL_PROPAGANDA,
            Category.OFF_TOPIC, Category.SPAM);
    private static final Set<Category> SPEECH = EnumSet.of(Category.INSULT, Category.THREAT, Category.DISCRIMINATION,
            Category.OBSCENE, Category.DEFAMATION);

    @Override
    public void detect(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        for (PhraseRules.Match m : text.matches) {
            Category category = category(m.rule().label());
            if (category == null || OWN_DETECTOR.contains(category)) {
                continue;
            }
            if (SPEECH.contains(category) && text.reported(m.from(), m.to())) {
                continue;
            }
            out.add(category, m.rule().score(), List.of(text.span(m.from(), m.to())),
                    "rule: " + m.rule().reason() + " '" + text.quote(m.from(), m.to()) + "'");
        }
    }

    static @Nullable Category category(String label) {
        if (label.indexOf(':') >= 0) {
            return null;
        }
        return Category.valueOf(label);
    }
}
