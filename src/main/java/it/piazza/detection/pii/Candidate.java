package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import org.jspecify.annotations.Nullable;

/**
 * What a recognizer proposes for a span: personal data of a type, or a claim that the span is not personal
 * data (an identifier with a wrong check digit, a drug code, the ente's own contact), which keeps other
 * recognizers from reading personal data into it. The arbiter settles overlaps.
 *
 * @param type the type, or {@code null} for "not personal data"
 * @param start first UTF-16 index, inclusive
 * @param end last UTF-16 index, exclusive
 * @param confidence how sure the recognizer is
 * @param reason why, in a few words
 */
record Candidate(@Nullable PersonalDataType type, int start, int end, double confidence, String reason) {

    static Candidate of(PersonalDataType type, int start, int end, double confidence, String reason) {
        return new Candidate(type, start, end, confidence, reason);
    }

    static Candidate notPersonal(int start, int end, double confidence, String reason) {
        return new Candidate(null, start, end, confidence, reason);
    }

    int length() {
        return end - start;
    }
}
