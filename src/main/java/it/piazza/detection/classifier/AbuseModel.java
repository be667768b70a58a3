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

    /**
     * The linear scores of the three heads (bias excluded, in {@link AbuseQuestion} order) and, from the same
     * pass over the weights, the contribution of every word to the {@code ABUSIVE} score: scoring is bound by
     * the random reads of the weight array, so each bucket is read once.
     */
    public Scores scores(Features features) {
        double abusive = 0;
        double insult = 0;
        double hate = 0;
        double[] contributions = new double[features.words];
        float[] w = weights;
        int[] buckets = features.buckets;
        int[] wordOf = features.wordOf;
        for (int i = 0; i < features.size; i++) {
            int base = buckets[i] * HEADS;
            float a = w[base];
            abusive += a;
            insult += w[base + 1];
            hate += w[base + 2];
            int word = wordOf[i];
            if (word != Features.NO_WORD) {
                contributions[word] += a;
            }
        }
        double v = features.value();
        for (int word = 0; word < contributions.length; word++) {
            contributions[word] *= v;
        }
        return new Scores(new double[] {abusive * v, insult * v, hate * v}, contributions);
    }

    /**
     * What {@link #scores} found.
     *
     * @param heads the linear score of every head, bias excluded, in {@link AbuseQuestion} order
     * @param abusiveByWord the contribution of every word of the features to the {@code ABUSIVE} score
     */
    public record Scores(double[] heads, double[] abusiveByWord) {
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
