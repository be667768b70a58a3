package it.piazza.detection;

import java.util.List;

/**
 * What {@link AbuseClassifier} says of one comment. Probabilities are calibrated: of many comments scored
 * 0.8, about eight in ten are abusive (as far as the training data resembles the comments scored).
 *
 * @param abusive probability that the comment is abusive language (insult, hate, or any abuse the training
 *        labels cover)
 * @param insult probability of abusive language against a person; equal to {@code abusive} when the model
 *        was trained without categories and cannot tell insult from hate
 * @param hate probability of abusive language against a protected group (discrimination, hate speech);
 *        equal to {@code abusive} when the model was trained without categories
 * @param evidence the words that raised the {@code abusive} score most, strongest first, at most three,
 *        Italian function words left out; empty when the comment is not {@code flagged} or nothing weighed
 *        towards abuse
 * @param flagged whether {@code abusive} reaches the model's decision threshold (chosen by
 *        cross-validation on its training data)
 */
public record AbuseScores(double abusive, double insult, double hate, List<WeightedSpan> evidence,
        boolean flagged) {

    public AbuseScores {
        evidence = List.copyOf(evidence);
    }
}
