package it.piazza.detection.pii;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A text under analysis with what the recognizers share: a lower-case copy with the same indices, whether
 * it holds digits or an at sign, and its lower-case words (computed once, on first use).
 */
final class Text {

    private final String original;
    private final String lower;
    private final boolean hasDigit;
    private final boolean hasAt;
    private final int digits;
    private final int longestToken;
    private final int longestNumber;
    private final boolean capitalisedPair;
    private @Nullable Set<String> words;

    Text(String original) {
        this.original = original;
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
            char c = original.charAt(i);
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
            if (Character.isUpperCase(c) && (i == 0 || !Character.isLetter(original.charAt(i - 1)))) {
                pair |= previousWordStart >= 0 && onlyLettersThenSpace(original, previousWordStart, i);
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

    String original() {
        return original;
    }

    /** @return the text in lower case, char by char, so indices equal those of {@link #original()} */
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
