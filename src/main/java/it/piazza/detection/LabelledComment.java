package it.piazza.detection;

import org.jspecify.annotations.Nullable;

/**
 * One training or test line: {@code {"id", "text", "label"}} plus the optional {@code "category"} the
 * moderation export adds (a code of {@link Category}, e.g. {@code INSULT} or
 * {@code DISCRIMINATION}).
 *
 * <p>For retraining on an ente's own decisions ({@code model export}), label 1 means "hidden or removed
 * as abusive language" and label 0 "kept by a moderator, or removed for another reason" (spam, off-topic,
 * personal data are not abusive language). The comments the classifier flagged and a person kept are the
 * most useful lines. For label 1 the category should be the abusive one: {@code INSULT} teaches the insult
 * question, {@code DISCRIMINATION} the hate question, any other category ({@code THREAT}, {@code OBSCENE})
 * counts as abusive and as neither insult nor hate.
 *
 * @param id the line's identifier
 * @param text the comment as written
 * @param label 1 when the comment is abusive, 0 otherwise
 * @param category why an abusive comment is abusive, or null when unknown
 */
public record LabelledComment(String id, String text, int label, @Nullable String category) {

    public LabelledComment {
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label must be 0 or 1, found " + label);
        }
    }

    /**
     * @return the answer of this line to {@code question}: 1, 0, or -1 when the line does not say (an
     *         abusive line without a category says nothing about insult against hate)
     */
    public int target(AbuseQuestion question) {
        return switch (question) {
            case ABUSIVE -> label;
            case INSULT -> categoryTarget("INSULT");
            case HATE -> categoryTarget("DISCRIMINATION");
        };
    }

    private int categoryTarget(String code) {
        if (label == 0) {
            return 0;
        }
        if (category == null) {
            return -1;
        }
        return code.equals(category) ? 1 : 0;
    }
}
