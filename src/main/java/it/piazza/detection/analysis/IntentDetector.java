package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.Intent;
import java.util.List;

/**
 * The two intents of a public comment: a request for help on a personal case, and a complaint or report
 * of a disservice. Read from the phrase rules labelled {@code intent:…}; a request for help weighs more in
 * a question.
 */
final class IntentDetector implements TextDetector {

    @Override
    public void detect(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        for (Intent intent : List.of(Intent.ASSISTANCE_REQUEST, Intent.COMPLAINT)) {
            for (PhraseRules.Match m : text.matches("intent:" + intent.name())) {
                if (text.reported(m.from(), m.to()) && intent == Intent.COMPLAINT) {
                    continue;
                }
                double score = intent == Intent.ASSISTANCE_REQUEST && text.question
                        ? Math.min(0.95, m.rule().score() + 0.15) : m.rule().score();
                out.add(intent, score, List.of(text.span(m.from(), m.to())), "rule: " + m.rule().reason());
            }
        }
    }
}
