package it.piazza.inbox;

/**
 * A FAQ entry found for a question.
 *
 * @param entry the entry
 * @param score the BM25 score of the entry (higher is closer; comparable only within one search)
 * @param coverage the share of the question's words (after Italian stop words and stemming) found in the entry's
 *        question and keywords, in [0, 1]
 */
public record FaqMatch(FaqEntry entry, double score, double coverage) {
}
