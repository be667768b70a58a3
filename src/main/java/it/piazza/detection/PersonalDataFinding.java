package it.piazza.detection;

import java.util.Objects;

/**
 * One piece of personal data found in a text.
 *
 * @param type what kind of personal data it is
 * @param span where it is, in UTF-16 indices of the analysed text
 * @param value the covered text, exactly as written
 * @param confidence how sure the detector is, from 0 (exclusive) to 1 (inclusive): 0.9 and above for
 *                   identifiers with a valid check digit and for data announced by its context ("il mio
 *                   numero", "passaporto"); 0.7 to 0.9 for valid data without context; below 0.7 for weak
 *                   cases a moderator may prefer to ignore (a document shape with no context word, a
 *                   business's number in an advertisement)
 * @param reason why it was reported, e.g. {@code "check digit valid"} or {@code "context: abito in"}
 */
public record PersonalDataFinding(PersonalDataType type, TextSpan span, String value, double confidence,
                                  String reason) {

    public PersonalDataFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], was " + confidence);
        }
        if (value.length() != span.length()) {
            throw new IllegalArgumentException("value length " + value.length() + " differs from span " + span);
        }
    }
}
