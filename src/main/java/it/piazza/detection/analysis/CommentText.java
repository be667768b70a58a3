package it.piazza.detection.analysis;

import it.piazza.detection.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A comment tokenised once, with the phrase-rule matches every detector reads. */
final class CommentText {

    /** Words that, just before an offensive word, report someone else's words instead of using them. */
    private static final Set<String> REPORTING = Set.of("scritto", "scritta", "scritte", "scritti", "detto", "detta",
            "dette", "urlato", "urlata", "gridato", "chiamato", "chiamata", "chiamati", "chiamate", "definito",
            "definita", "definiti", "apostrofato", "apostrofata", "insultato", "insultata", "insultati", "dato",
            "data", "dà", "dava", "davano", "danno", "dicono", "diceva", "dicevano", "dicendo", "postato",
            "commentato", "parola", "parole", "frase", "termine", "termini", "scrivono", "scriveva", "urlava",
            "gridava", "tipo", "cartello", "messaggio", "ricevuto", "trattato", "trattata", "trattati",
            "trattate", "considerato", "considerata", "considerati", "dici", "dice", "dire", "dite", "scrivere", "scrivi",
            "scrive", "affermare", "afferma", "sostiene", "sostenere", "frasi", "post", "commenti");

    final String text;
    final List<Token> tokens;
    final List<PhraseRules.Match> matches;
    final boolean question;
    private final boolean quotedSpeech;

    CommentText(String text, List<Token> tokens, List<PhraseRules.Match> matches) {
        this.text = text;
        this.tokens = tokens;
        this.matches = matches;
        this.question = text.indexOf('?') >= 0;
        boolean anyQuote = false;
        boolean cue = false;
        for (Token t : tokens) {
            anyQuote |= t.inQuote;
            cue |= !t.inQuote && REPORTING.contains(t.norm);
        }
        this.quotedSpeech = anyQuote && cue;
    }

    /**
     * Whether tokens {@code [from, to)} are someone else's words being reported ("mi hanno scritto 'sei un
     * idiota'", "mi ha dato dell'imbecille") rather than words the author uses.
     */
    boolean reported(int from, int to) {
        if (quotedSpeech) {
            boolean allQuoted = true;
            for (int k = from; k < to; k++) {
                allQuoted &= tokens.get(k).inQuote;
            }
            if (allQuoted) {
                return true;
            }
        }
        for (int k = Math.max(0, from - 3); k < from; k++) {
            if (REPORTING.contains(tokens.get(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /** @return the span covering tokens {@code [from, to)} */
    TextSpan span(int from, int to) {
        return new TextSpan(tokens.get(from).start, tokens.get(to - 1).end);
    }

    /** @return the matches whose rule label is {@code label} */
    List<PhraseRules.Match> matches(String label) {
        List<PhraseRules.Match> out = new ArrayList<>(2);
        for (PhraseRules.Match m : matches) {
            if (m.rule().label().equals(label)) {
                out.add(m);
            }
        }
        return out;
    }

    /** @return the character after {@code index}, skipping spaces, or 0 at the end */
    char nextChar(int index) {
        for (int k = index; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return 0;
    }

    /** @return the covered text of {@code [from, to)} tokens, for reasons */
    String quote(int from, int to) {
        return text.substring(tokens.get(from).start, tokens.get(to - 1).end);
    }
}
