package it.piazza.detection.classifier;

/**
 * One binary output of the model: which question it answers, and how its linear score becomes a calibrated
 * probability and a decision.
 *
 * @param trained whether the training data had examples of both classes for this head; an untrained head
 *        has no weights and is never asked
 * @param bias the intercept of the linear score
 * @param slope Platt scaling: probability = 1 / (1 + exp(slope * score + offset))
 * @param offset Platt scaling intercept
 * @param threshold the probability from which the head answers yes, chosen by cross-validation on the
 *        training data
 */
public record Head(boolean trained, double bias, double slope, double offset, double threshold) {

    /** The head of a question the training data could not teach. */
    public static final Head UNTRAINED = new Head(false, 0, 0, 0, 0.5);

    /** @return the calibrated probability of a yes for a linear score (bias excluded) */
    public double probability(double score) {
        return 1 / (1 + Math.exp(slope * (score + bias) + offset));
    }
}
