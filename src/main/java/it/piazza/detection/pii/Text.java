package it.piazza.detection.pii;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A text under analysis with what the recognizers share, all with the indices of the original: a
 * normalised copy (no-break and thin spaces and tabs read as spaces, Unicode dashes and the minus sign as
 * {@code -}, as copy-pasted numbers often have them), its lower-case form, digit and token statistics, and
 * its lower-case words (computed once, on first use). Recognizers match the normalised copy; values are
 * always cut from the original.
 */
final class Text {

    private final String normalised;
    private final String lower;
    private final boolean hasDigit;
    private final boolean hasAt;
    private final int digits;
    private final int longestToken;
    private final int longestNumber;
    private final boolean capitalisedPair;
    private @Nullable Set<String> words;

    Text(String original) {
        this.normalised = normalise(original);
        char[] chars = new char[original.length()];
        int digitCount = 0;
        boolean at = false;
        int token = 0;
        int longest = 0;
        boolean pair = false;
        int number = 0;
        int longestNumberSoFar = 0;
        int gap = 0;
        int previousWordStart = -2;
        for (int i = 0; i < chars.length; i++) {
            char c = normalised.charAt(i);
            boolean isDigit = c >= '0' && c <= '9';
            if (isDigit) {
                digitCount++;
                number = gap <= 1 ? number + 1 : 1;
                gap = 0;
                longestNumberSoFar = Math.max(longestNumberSoFar, number);
            } else if (c == ' ' || c == '.' || c == '-' || c == '_' || c == '/') {
                gap++;
            } else {
                gap = 2;
            }
            at |= c == '@';
            if (isDigit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                token++;
                longest = Math.max(longest, token);
            } else {
                token = 0;
            }
            if (Character.isUpperCase(c) && (i == 0 || !Character.isLetter(normalised.charAt(i - 1)))) {
                pair |= previousWordStart >= 0 && onlyLettersThenSpace(normalised, previousWordStart, i);
                previousWordStart = i;
            }
            chars[i] = Character.toLowerCase(c);
        }
        this.lower = new String(chars);
        this.digits = digitCount;
        this.hasDigit = digitCount > 0;
        this.hasAt = at;
        this.longestToken = longest;
        this.longestNumber = longestNumberSoFar;
        this.capitalisedPair = pair;
    }

    private static String normalise(String original) {
        char[] chars = null;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            char replacement = switch (c) {
                case '\u00A0', '\u2007', '\u2009', '\u202F', '\t' -> ' ';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            };
            if (replacement != c) {
                if (chars == null) {
                    chars = original.toCharArray();
                }
                chars[i] = replacement;
            }
        }
        return chars == null ? original : new String(chars);
    }

    /** Whether {@code s[from, to)} is a capitalised word followed by exactly one space. */
    private static boolean onlyLettersThenSpace(String s, int from, int to) {
        if (to - from < 3 || s.charAt(to - 1) != ' ') {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (!Character.isLowerCase(s.charAt(i)) && s.charAt(i) != '\'' && s.charAt(i) != '’') {
                return false;
            }
        }
        return true;
    }

    /** @return the normalised text: same length and indices as the original */
    String normalised() {
        return normalised;
    }

    /** @return the text in lower case, char by char, so indices equal those of the original */
    String lower() {
        return lower;
    }

    boolean hasDigit() {
        return hasDigit;
    }

    boolean hasAt() {
        return hasAt;
    }

    /** @return how many ASCII digits the text holds */
    int digits() {
        return digits;
    }

    /** @return the length of the longest run of ASCII letters and digits */
    int longestToken() {
        return longestToken;
    }

    /**
     * @return the most digits in one number, counting digits separated by at most one of
     *         {@code " .-_/"} as one number ("333 123 4567" has 10)
     */
    int longestNumber() {
        return longestNumber;
    }

    /** @return whether two capitalised words follow each other ("Mario Rossi"), as a name would */
    boolean hasCapitalisedPair() {
        return capitalisedPair;
    }

    /** @return whether any of {@code candidates} is a word of the text (letters only, lower case) */
    boolean hasAnyWord(Set<String> candidates) {
        Set<String> all = words();
        for (String word : all) {
            if (candidates.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> words() {
        Set<String> result = words;
        if (result == null) {
            result = new HashSet<>();
            int start = -1;
            for (int i = 0; i <= lower.length(); i++) {
                boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    result.add(lower.substring(start, i));
                    start = -1;
                }
            }
            words = result;
        }
        return result;
    }

    /** @return the last match of {@code phrases} in the {@code window} characters before {@code index} */
    @Nullable Hit phraseBefore(Pattern phrases, int index, int window) {
        int to = Math.min(lower.length(), Math.max(0, index));
        Matcher m = phrases.matcher(lower);
        m.region(Math.max(0, to - window), to);
        m.useTransparentBounds(true);
        Hit last = null;
        while (m.find()) {
            last = new Hit(m.group(), m.start());
        }
        return last;
    }

    /**
     * A context phrase found near a candidate.
     *
     * @param phrase the phrase as written, in lower case
     * @param start where it starts
     */
    record Hit(String phrase, int start) {
    }

    /** @return the first match of {@code phrases} in the {@code window} characters after {@code index} */
    @Nullable Hit phraseAfter(Pattern phrases, int index, int window) {
        int from = Math.min(lower.length(), Math.max(0, index));
        Matcher m = phrases.matcher(lower);
        m.region(from, Math.min(lower.length(), from + window));
        m.useTransparentBounds(true);
        return m.find() ? new Hit(m.group(), m.start()) : null;
    }
}
