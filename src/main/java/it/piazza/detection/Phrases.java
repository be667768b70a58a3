package it.piazza.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of Italian words and phrases found in a text regardless of case, on word boundaries: words are runs
 * of letters and digits, so apostrophes, punctuation and spaces all separate them ({@code "dell'espletamento"}
 * is the two words {@code dell} and {@code espletamento}). A phrase whose last word ends with {@code *}
 * matches any word starting with it ({@code "inaugur*"} matches "inaugurazione", "inaugurato").
 *
 * <p>Immutable and thread-safe.
 */
public final class Phrases {

    private final List<String[]> phrases;

    private Phrases(List<String[]> phrases) {
        this.phrases = phrases;
    }

    /**
     * @param phrases words separated by single spaces, e.g. {@code "al fine di"} or {@code "esplet*"}
     * @return the phrase list, matched in the given order of preference when two start at the same word
     */
    public static Phrases of(List<String> phrases) {
        List<String[]> words = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            String[] split = phrase.strip().toLowerCase(Locale.ITALIAN).split("\\s+");
            if (split.length == 0 || split[0].isEmpty()) {
                throw new IllegalArgumentException("Empty phrase in " + phrases);
            }
            words.add(split);
        }
        return new Phrases(List.copyOf(words));
    }

    /**
     * One occurrence of a phrase.
     *
     * @param phrase the index of the phrase in the list given to {@link #of(List)}
     * @param span where it is, in UTF-16 indices of the text
     */
    public record Match(int phrase, TextSpan span) {
    }

    /** @return the occurrences in {@code text}, in order and not overlapping; the longest wins at each word */
    public List<Match> find(String text) {
        List<TextSpan> words = words(text);
        List<String> lower = words.stream().map(w -> w.of(text).toLowerCase(Locale.ITALIAN)).toList();
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int best = -1;
            int bestLength = 0;
            for (int p = 0; p < phrases.size(); p++) {
                String[] phrase = phrases.get(p);
                if (phrase.length > bestLength && matchesAt(phrase, lower, i)) {
                    best = p;
                    bestLength = phrase.length;
                }
            }
            if (best < 0) {
                i++;
            } else {
                matches.add(new Match(best, new TextSpan(words.get(i).start(), words.get(i + bestLength - 1).end())));
                i += bestLength;
            }
        }
        return matches;
    }

    private static boolean matchesAt(String[] phrase, List<String> words, int at) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String expected = phrase[k];
            String word = words.get(at + k);
            boolean prefix = k == phrase.length - 1 && expected.endsWith("*");
            if (prefix ? !word.startsWith(expected.substring(0, expected.length() - 1)) : !word.equals(expected)) {
                return false;
            }
        }
        return true;
    }

    /** @return the runs of letters and digits of {@code text} */
    static List<TextSpan> words(String text) {
        List<TextSpan> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                words.add(new TextSpan(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return words;
    }
}
