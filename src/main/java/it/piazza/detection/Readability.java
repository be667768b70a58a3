package it.piazza.detection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Gulpease index of an Italian text (Lucisano and Piemontese, 1988): {@code 89 + (300·F − 10·L) / P} with
 * F sentences, L letters and P words, clamped to 0–100 (higher is easier: below 80 the text is hard for a
 * reader with primary schooling, below 60 with lower secondary, below 40 with upper secondary).
 *
 * <p>Counting rules: URLs, {@code @mentions} and {@code #hashtags} are left out; words are whitespace-separated
 * tokens with at least one letter or digit, so an elision such as {@code "l'ufficio"} is one word; letters are
 * Unicode letters, accented ones included, never digits; a sentence ends at a token ending with {@code !},
 * {@code ?} or {@code …}, or with {@code .} unless that is an abbreviation's ({@code art.}, {@code c.},
 * {@code n.}, {@code D.Lgs.}: a token with a dot inside, one of the usual abbreviations of Italian
 * administrative writing, or a token followed by a word in lower case or a number); closing quotes and
 * brackets are allowed after the mark, and trailing words without one are one more sentence. Otherwise a text
 * full of references to laws would score as easy. On short posts the index is noisy: use it to warn, not to
 * block.
 *
 * @param gulpease the index, from 0 to 100
 * @param words P
 * @param letters L
 * @param sentences F, at least 1
 */
public record Readability(double gulpease, int words, int letters, int sentences) {

    /** Abbreviations of Italian administrative writing whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("art", "artt", "c", "co", "n", "nn", "nr", "num", "pag",
            "pagg", "p", "pp", "ecc", "etc", "dott", "dott.ssa", "dr", "sig", "sigg", "sig.ra", "prof", "avv", "ing",
            "geom", "rag", "arch", "on", "sen", "tel", "cell", "fax", "es", "cfr", "vd", "ca", "ss", "seg", "segg",
            "lett", "cap", "cod", "reg", "dpr", "dlgs", "dl", "dm", "dpcm", "ord", "prot", "rif", "all", "cit", "vol",
            "l", "d", "sez", "tit", "loc", "fraz", "v", "vs", "sg", "s", "spett", "gent", "egr", "ill");

    /** @return the readability of {@code text}, or empty when it has no words to read */
    public static Optional<Readability> of(String text) {
        int words = 0;
        int letters = 0;
        int sentences = 0;
        boolean open = false;
        List<String> tokens = Arrays.stream(text.split("\\s+")).filter(t -> !t.isEmpty() && !isLeftOut(t)).toList();
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
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
            if (open && endsSentence(token, t + 1 < tokens.size() ? tokens.get(t + 1) : null)) {
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

    /** @return whether a whitespace token is a link, a mention or a hashtag, which no reader reads as a word */
    static boolean isLeftOut(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.contains("://") || lower.startsWith("www.")
                || (token.length() > 1 && (token.charAt(0) == '@' || token.charAt(0) == '#'));
    }

    private static boolean endsSentence(String token, @Nullable String next) {
        int end = token.length();
        while (end > 0 && "\"”»)]'’".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || ".!?…".indexOf(token.charAt(end - 1)) < 0) {
            return false;
        }
        if (token.charAt(end - 1) != '.' || end < token.length()) {
            return true;
        }
        String stem = token.substring(0, end - 1);
        boolean nextContinues = next != null && !next.isEmpty()
                && (Character.isLowerCase(next.codePointAt(0)) || Character.isDigit(next.codePointAt(0)));
        return !stem.contains(".") && !ABBREVIATIONS.contains(stem.toLowerCase(Locale.ROOT)) && !nextContinues;
    }
}
