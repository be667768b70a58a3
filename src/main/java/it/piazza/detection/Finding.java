package it.piazza.detection;

import java.util.List;
import java.util.Objects;

/**
 * What a detector found in a comment: a moderation category, how sure it is, the spans of text that prove
 * it and a short English reason for the statement of reasons.
 *
 * @param category the taxonomy category
 * @param score how sure the detector is, in [0, 1]; {@link Analysis#DEFAULT_THRESHOLD} separates a finding
 *              that is reported from a weak signal
 * @param evidence spans of the comment text, in UTF-16 indices, sorted; may be empty for findings about the
 *                 author's behaviour (flooding)
 * @param reason short explanation, e.g. {@code lexicon: insult 'imbecille' (obfuscated 'imb3cille')}
 */
public record Finding(Category category, double score, List<TextSpan> evidence, String reason) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        evidence = List.copyOf(evidence);
    }
}
