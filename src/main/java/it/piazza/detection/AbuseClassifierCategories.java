package it.piazza.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trained classifier as a category detector: abusive language against a person is
 * {@link Category#INSULT}, against a group {@link Category#DISCRIMINATION}, with the words that weighed
 * most as evidence.
 *
 * <p>The classifier finds what the rules miss, but it is a statistical model trained on few comments: alone
 * it should bring a comment to a person, not remove it. So a category is reported only when the comment is
 * abusive at all (the {@code abusive} head, trained on every labelled line, reaches its threshold: the
 * category heads only tell which kind, and alone they mistake harsh criticism of an official's work for an
 * insult), when the category's calibrated probability reaches its own threshold (and at least
 * {@link #MIN_PROBABILITY}) and the comment has at least {@value #MIN_WORDS} words (a bag of n-grams says little
 * about "Rispondete!!!"), and its score is mapped into
 * [{@value #FLOOR}, {@value #CEILING}]: at or above the usual review threshold, below the usual threshold
 * for acting alone. Where the rules find the same category, their score stands.
 */
final class AbuseClassifierCategories implements Detector {

    static final int MIN_WORDS = 3;
    /** The least probability the classifier must give, whatever its own threshold: a review costs a person's time. */
    static final double MIN_PROBABILITY = 0.6;
    static final double FLOOR = 0.5;
    static final double CEILING = 0.8;

    private final AbuseClassifier classifier;

    AbuseClassifierCategories(AbuseClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public List<Finding> detect(CommentToAnalyze comment, AnalysisSettings settings) {
        if (words(comment.text()) < MIN_WORDS) {
            return List.of();
        }
        AbuseScores scores = classifier.score(comment.text());
        if (!scores.flagged()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(2);
        List<TextSpan> evidence = scores.evidence().stream().map(WeightedSpan::span).toList();
        double insultThreshold = Math.max(MIN_PROBABILITY, classifier.threshold(AbuseQuestion.INSULT));
        if (scores.insult() >= insultThreshold) {
            findings.add(new Finding(Category.INSULT, score(scores.insult(), insultThreshold), evidence,
                    reason("insult", scores.insult(), scores)));
        }
        double hateThreshold = Math.max(MIN_PROBABILITY, classifier.threshold(AbuseQuestion.HATE));
        if (scores.hate() >= hateThreshold) {
            findings.add(new Finding(Category.DISCRIMINATION, score(scores.hate(), hateThreshold), evidence,
                    reason("hate", scores.hate(), scores)));
        }
        return findings;
    }

    /** @return {@code probability} from [threshold, 1] mapped into [FLOOR, CEILING] */
    static double score(double probability, double threshold) {
        double share = threshold >= 1 ? 1 : (probability - threshold) / (1 - threshold);
        return FLOOR + (CEILING - FLOOR) * Math.max(0, Math.min(1, share));
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static String reason(String what, double probability, AbuseScores scores) {
        return String.format(Locale.ROOT, "classifier: %s p=%.2f%s", what, probability, scores.evidence().isEmpty() ? ""
                : " (" + String.join(", ", scores.evidence().stream().map(w -> "'" + w.text() + "'").toList()) + ")");
    }
}
