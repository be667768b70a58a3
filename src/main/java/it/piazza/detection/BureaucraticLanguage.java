package it.piazza.detection;

import it.piazza.detection.analysis.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds "burocratese" in Italian text: the terms and periphrases of the plain-language lists (Direttiva
 * 8-5-2002, Designers Italia, the "antilingua" vocabulary), each with a plain alternative. The lexicon is the
 * resource {@code it/piazza/detection/analysis/burocratese.tsv}.
 *
 * <p>Immutable and thread-safe: build once, share everywhere.
 */
public final class BureaucraticLanguage {

    private static final BureaucraticLanguage STANDARD = new BureaucraticLanguage(
            Resources.lines("burocratese.tsv"));

    private final Phrases terms;
    private final List<String> plain;

    private BureaucraticLanguage(List<String> lines) {
        List<String> phrases = new ArrayList<>(lines.size());
        List<String> alternatives = new ArrayList<>(lines.size());
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalStateException("burocratese.tsv: expected TERM<TAB>PLAIN, found \"" + line + "\"");
            }
            phrases.add(fields[0]);
            alternatives.add(fields[1]);
        }
        this.terms = Phrases.of(phrases);
        this.plain = List.copyOf(alternatives);
    }

    /** @return the lexicon shipped with Piazza */
    public static BureaucraticLanguage standard() {
        return STANDARD;
    }

    /** @return the bureaucratic terms of {@code text}, in order */
    public List<BureaucraticTerm> find(String text) {
        return terms.find(text).stream()
                .map(m -> new BureaucraticTerm(m.span().of(text), plain.get(m.phrase()), m.span()))
                .toList();
    }
}
