package it.piazza.detection;

import java.util.Locale;
import java.util.Optional;

/**
 * The Gulpease index of an Italian text (Lucisano and Piemontese, 1988): {@code 89 + (300·F − 10·L) / P} with
 * F sentences, L letters and P words, clamped to 0–100 (higher is easier: below 80 the text is hard for a
 * reader with primary schooling, below 60 with lower secondary, below 40 with upper secondary).
 *
 * <p>Counting rules: URLs, {@code @mentions} and {@code #hashtags} are left out; words are whitespace-separated
 * tokens with at least one letter or digit, so an elision such as {@code "l'ufficio"} is one word; letters are
 * Unicode letters, accented ones included, never digits; a sentence ends at a token ending with {@code .},
 * {@code !}, {@code ?} or {@code …} (closing quotes and brackets allowed after it), and trailing words without
 * a full stop are one more sentence. On short posts the index is noisy: use it to warn, not to block.
 *
 * @param gulpease the index, from 0 to 100
 * @param words P
 * @param letters L
 * @param sentences F, at least 1
 */
public record Readability(double gulpease, int words, int letters, int sentences) {

    /** @return the readability of {@code text}, or empty when it has no words to read */
    public static Optional<Readability> of(String text) {
        int words = 0;
        int letters = 0;
        int sentences = 0;
        boolean open = false;
        for (String token : text.split("\\s+")) {
            if (token.isEmpty() || isLeftOut(token)) {
                continue;
            }
            int tokenLetters = 0;
            boolean wordLike = false;
            for (int i = 0; i < token.length(); ) {
                int cp = token.codePointAt(i);
                if (Character.isLetter(cp)) {
                    tokenLetters++;
                }
                wordLike |= Character.isLetterOrDigit(cp);
                i += Character.charCount(cp);
            }
            if (wordLike) {
                words++;
                letters += tokenLetters;
                open = true;
            }
            if (open && endsSentence(token)) {
                sentences++;
                open = false;
            }
        }
        if (words == 0) {
            return Optional.empty();
        }
        if (open) {
            sentences++;
        }
        double index = 89 + (300.0 * sentences - 10.0 * letters) / words;
        return Optional.of(new Readability(Math.clamp(index, 0.0, 100.0), words, letters, sentences));
    }

    private static boolean isLeftOut(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")
                || (token.length() > 1 && (token.charAt(0) == '@' || token.charAt(0) == '#'));
    }

    private static boolean endsSentence(String token) {
        int end = token.length();
        while (end > 0 && "\"”»)]'’".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?…".indexOf(token.charAt(end - 1)) >= 0;
    }
}
