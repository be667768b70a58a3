package it.piazza.detection;

/**
 * A part of a comment that weighed in a classifier's score.
 *
 * @param span where it is in the original comment (UTF-16 indices)
 * @param text the covered original text
 * @param weight how much it raised the score (a share of the log-odds, positive)
 */
public record WeightedSpan(TextSpan span, String text, double weight) {
}
