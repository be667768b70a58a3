package it.piazza.detection.classifier;

import it.piazza.detection.AbuseQuestion;
import java.util.List;

/**
 * A trained linear model over hashed features with one calibrated head per {@link AbuseQuestion}. The
 * weights of a bucket for the three heads sit next to each other so that one memory access serves all
 * of them.
 *
 * <p>Immutable and thread-safe (the weight array is never written after construction).
 */
public final class AbuseModel {

    /** Number of heads, one per {@link AbuseQuestion}. */
    public static final int HEADS = AbuseQuestion.values().length;

    private final float[] weights;
    private final List<Head> heads;
    private final long lexiconFingerprint;
    private final String description;

    /**
     * @param weights {@code 2^FeatureExtractor.BITS * HEADS} weights, bucket-major
     * @param heads one per {@link AbuseQuestion}, in order
     * @param lexiconFingerprint {@link Lexicon#fingerprint()} of the lexicon the features were built with
     * @param description what the model was trained on, for its card
     */
    public AbuseModel(float[] weights, List<Head> heads, long lexiconFingerprint, String description) {
        if (weights.length != (1 << FeatureExtractor.BITS) * HEADS || heads.size() != HEADS) {
            throw new IllegalArgumentException("Expected " + HEADS + " heads over 2^" + FeatureExtractor.BITS
                    + " buckets");
        }
        this.weights = weights;
        this.heads = List.copyOf(heads);
        this.lexiconFingerprint = lexiconFingerprint;
        this.description = description;
    }

    /** @return the linear scores of the three heads, bias excluded, in {@link AbuseQuestion} order */
    public double[] scores(Features features) {
        double abusive = 0;
        double insult = 0;
        double hate = 0;
        float[] w = weights;
        for (int i = 0; i < features.size; i++) {
            int base = features.buckets[i] * HEADS;
            abusive += w[base];
            insult += w[base + 1];
            hate += w[base + 2];
        }
        double v = features.value();
        return new double[] {abusive * v, insult * v, hate * v};
    }

    /** @return the contribution of every word of {@code features} to the score of {@code head} */
    public double[] wordContributions(Features features, AbuseQuestion head) {
        double[] contributions = new double[features.words];
        double v = features.value();
        for (int i = 0; i < features.size; i++) {
            if (features.wordOf[i] == Features.NO_WORD) {
                continue;
            }
            contributions[features.wordOf[i]] += weights[features.buckets[i] * HEADS + head.ordinal()] * v;
        }
        return contributions;
    }

    /** @return the head that answers {@code question} */
    public Head head(AbuseQuestion question) {
        return heads.get(question.ordinal());
    }

    /** @return the heads in {@link AbuseQuestion} order */
    public List<Head> heads() {
        return heads;
    }

    /** @return the weight of {@code bucket} for head {@code head} */
    public float weight(int bucket, int head) {
        return weights[bucket * HEADS + head];
    }

    /** @return the fingerprint of the lexicon the model was trained with */
    public long lexiconFingerprint() {
        return lexiconFingerprint;
    }

    /** @return what the model was trained on */
    public String description() {
        return description;
    }
}
