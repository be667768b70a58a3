package it.piazza.detection.triage;

import java.text.Normalizer;

/**
 * Folds Italian text for matching without changing its length, so that a match's offsets are offsets in the
 * original text: lower case, accents removed ({@code è} → {@code e}), typographic apostrophes made straight,
 * and leetspeak digits between two letters read as the letters they stand for ({@code str0nzi} → {@code
 * stronzi}; {@code covid19} and {@code A24} stay as they are).
 */
final class Folding {

    private Folding() {
    }

    /** @return {@code text} folded, of the same length */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean betweenLetters = i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1));
            out.append(betweenLetters ? leet(c) : foldChar(c));
        }
        return out.toString();
    }

    private static char leet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            default -> foldChar(c);
        };
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
