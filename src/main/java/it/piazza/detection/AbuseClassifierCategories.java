package it.piazza.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trained classifier as a category detector: abusive language against a person is
 * {@link Category#INSULT}, against a group {@link Category#DISCRIMINATION}. A category is reported only
 * when its calibrated probability reaches the classifier's own threshold, with the probability as score
 * and the words that weighed most as evidence; the ente's thresholds then decide between acting and
 * asking a person.
 */
final class AbuseClassifierCategories implements Detector {

    private final AbuseClassifier classifier;

    AbuseClassifierCategories(AbuseClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public List<Finding> detect(CommentToAnalyze comment, AnalysisSettings settings) {
        AbuseScores scores = classifier.score(comment.text());
        List<Finding> findings = new ArrayList<>(2);
        List<TextSpan> evidence = scores.evidence().stream().map(WeightedSpan::span).toList();
        if (scores.insult() >= classifier.threshold(AbuseQuestion.INSULT)) {
            findings.add(new Finding(Category.INSULT, scores.insult(), evidence, reason("insult", scores.insult(), scores)));
        }
        if (scores.hate() >= classifier.threshold(AbuseQuestion.HATE)) {
            findings.add(new Finding(Category.DISCRIMINATION, scores.hate(), evidence, reason("hate", scores.hate(), scores)));
        }
        return findings;
    }

    private static String reason(String what, double probability, AbuseScores scores) {
        return String.format(Locale.ROOT, "classifier: %s p=%.2f%s", what, probability, scores.evidence().isEmpty() ? ""
                : " (" + String.join(", ", scores.evidence().stream().map(w -> "'" + w.text() + "'").toList()) + ")");
    }
}
