package it.piazza.detection.pii;

import java.util.List;

/** Finds candidates of one kind of personal data in a text. Implementations are immutable and thread-safe. */
interface Recognizer {

    /** Adds the candidates found in {@code text} to {@code out}. */
    void recognize(Text text, List<Candidate> out);
}
