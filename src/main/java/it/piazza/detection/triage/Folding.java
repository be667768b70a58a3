package it.piazza.detection.triage;

import java.text.Normalizer;

/**
 * Folds Italian text for matching without changing its length, so that a match's offsets are offsets in the
 * original text: lower case, accents removed ({@code è} → {@code e}), typographic apostrophes made straight.
 */
public final class Folding {

    private Folding() {
    }

    /** @return {@code text} folded, of the same length */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c == '’' || c == '‘' || c == '`' || c == '´') {
            return '\'';
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        char lower = Character.toLowerCase(c);
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        return decomposed.isEmpty() ? lower : decomposed.charAt(0);
    }
}
