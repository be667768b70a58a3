package it.piazza.detection.classifier;

import java.text.Normalizer;

/**
 * Case and accent folding of one UTF-16 unit, so that folding never changes the length of a text:
 * {@code È} becomes {@code e}, {@code ’} becomes {@code '}. Units outside Latin-1 and Latin Extended-A/B
 * are only lower-cased.
 */
public final class CharFolding {

    private static final char[] TABLE = new char[0x250];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = computeFold(c);
        }
    }

    private CharFolding() {
    }

    /** @return {@code c} lower-cased and without diacritics */
    public static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u02bc', '\u2032' -> '\'';
            case '\u201c', '\u201d', '\u00ab', '\u00bb' -> '"';
            default -> Character.toLowerCase(c);
        };
    }

    /** @return {@code text} folded unit by unit */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static char computeFold(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < 0x80 || !Character.isLetter(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return base < 0x80 && Character.isLetter(base) ? base : lower;
    }
}
