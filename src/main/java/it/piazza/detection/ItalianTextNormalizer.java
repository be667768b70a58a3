package it.piazza.detection;

import it.piazza.detection.classifier.CharFolding;
import it.piazza.detection.classifier.Lexicon;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises Italian comments as they are written so that detectors see the word behind its spelling:
 * <ul>
 *   <li>case and accents: {@code PERCHÉ} → {@code perche};</li>
 *   <li>spaced or dotted letters: {@code v a f f a n c u l o}, {@code c.a.z.z.o} → one word;</li>
 *   <li>leetspeak inside words: {@code c@zz0}, {@code m3rd4}, {@code c0gl10n3} (a word that starts or
 *       ends with two digits, such as {@code covid19} or {@code 2024}, is left alone);</li>
 *   <li>masked swear words: {@code m***a}, {@code p*ttana}, {@code vaffan**lo} become the first word of the
 *       profanity lexicon that fits the visible letters;</li>
 *   <li>letter floods: three or more equal vowels become one ({@code noooo} → {@code no}), three or more
 *       equal consonants become two ({@code cazzzzo} → {@code cazzo}), so Italian double consonants
 *       survive.</li>
 * </ul>
 * Words such as {@code cazzuola} or {@code Scansano} are not touched. Every unit of the result maps back
 * to a span of the original ({@link NormalizedText#toOriginal(int, int)}), so evidence found in the
 * normalised text can be shown in the comment as written.
 *
 * <p>Immutable and thread-safe.
 */
public final class ItalianTextNormalizer {

    private static final ItalianTextNormalizer STANDARD = new ItalianTextNormalizer(Lexicon.standard());
    private static final int MIN_SPACED_LETTERS = 3;
    private static final char MASK = '*';

    private final List<String> maskCandidates;

    private ItalianTextNormalizer(Lexicon lexicon) {
        this.maskCandidates = lexicon.profanityWords();
    }

    /** @return the normaliser that de-masks words with Piazza's bundled profanity lexicon */
    public static ItalianTextNormalizer standard() {
        return STANDARD;
    }

    /**
     * @param text a comment as written, any length
     * @return the normalised text with its map back to {@code text}
     */
    public NormalizedText normalize(String text) {
        Units units = fold(text);
        units = joinSpacedLetters(units);
        units = undoObfuscations(units);
        units = shortenFloods(units);
        return units.toText(text);
    }

    private static Units fold(String text) {
        Units out = new Units(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.add(CharFolding.fold(text.charAt(i)), i, i + 1, false);
        }
        return out;
    }

    /** {@code v a f f a} → {@code vaffa}: three or more one-letter words joined by one separator each. */
    private static Units joinSpacedLetters(Units in) {
        Units out = new Units(in.length);
        int i = 0;
        while (i < in.length) {
            int end = spacedLettersEnd(in, i);
            if (end < 0) {
                out.copy(in, i);
                i++;
                continue;
            }
            for (int j = i; j < end; j += 2) {
                out.add(in.chars[j], in.starts[j], in.ends[j], true);
            }
            i = end;
        }
        return out;
    }

    /** @return the end of a run of spaced single letters starting at {@code start}, or -1 */
    private static int spacedLettersEnd(Units in, int start) {
        if (!isSingleLetter(in, start)) {
            return -1;
        }
        char separator = start + 1 < in.length ? in.chars[start + 1] : 0;
        if (separator != ' ' && separator != '.' && separator != '-' && separator != '_') {
            return -1;
        }
        int letters = 1;
        boolean consonant = !isVowel(in.chars[start]);
        int j = start;
        while (j + 2 < in.length && in.chars[j + 1] == separator && isSingleLetter(in, j + 2)) {
            j += 2;
            letters++;
            consonant |= !isVowel(in.chars[j]);
        }
        return letters >= MIN_SPACED_LETTERS && consonant ? j + 1 : -1;
    }

    private static boolean isSingleLetter(Units in, int i) {
        return Character.isLetter(in.chars[i])
                && (i == 0 || !Character.isLetterOrDigit(in.chars[i - 1]))
                && (i + 1 >= in.length || !Character.isLetterOrDigit(in.chars[i + 1]));
    }

    private Units undoObfuscations(Units in) {
        Units out = new Units(in.length);
        int i = 0;
        while (i < in.length) {
            if (!isWordUnit(in.chars[i])) {
                out.copy(in, i);
                i++;
                continue;
            }
            int end = i;
            while (end < in.length && isWordUnit(in.chars[end])) {
                end++;
            }
            rewriteWord(in, i, end, out);
            i = end;
        }
        return out;
    }

    private void rewriteWord(Units in, int start, int end, Units out) {
        int letters = 0;
        boolean obfuscated = false;
        for (int i = start; i < end; i++) {
            if (Character.isLetter(in.chars[i])) {
                letters++;
            } else {
                obfuscated = true;
            }
        }
        boolean mention = in.chars[start] == '@' || in.chars[start] == '#';
        if (!obfuscated || letters < 2 || mention || isNumberAtEdge(in, start, end)) {
            for (int i = start; i < end; i++) {
                out.copy(in, i);
            }
            return;
        }
        char[] word = new char[end - start];
        boolean masked = false;
        for (int i = start; i < end; i++) {
            char c = in.chars[i];
            char mapped = Character.isLetter(c) ? c : leet(c, in, i, start, end);
            word[i - start] = mapped;
            masked |= mapped == MASK;
        }
        String demasked = masked ? demask(new String(word)) : null;
        if (demasked != null && demasked.length() != word.length) {
            for (int k = 0; k < demasked.length(); k++) {
                out.add(demasked.charAt(k), in.starts[start], in.ends[end - 1], true);
            }
            return;
        }
        for (int i = start; i < end; i++) {
            char c = demasked != null ? demasked.charAt(i - start) : word[i - start];
            out.add(c, in.starts[i], in.ends[i], c != in.chars[i]);
        }
    }

    /** A word that starts or ends with two digits is a code or a number ({@code covid19}, {@code 24ore}). */
    private static boolean isNumberAtEdge(Units in, int start, int end) {
        return end - start >= 2 && (Character.isDigit(in.chars[start]) && Character.isDigit(in.chars[start + 1])
                || Character.isDigit(in.chars[end - 1]) && Character.isDigit(in.chars[end - 2]));
    }

    /** @return the letter a leetspeak or mask unit stands for, {@link #MASK} for a hidden letter */
    private static char leet(char c, Units in, int i, int start, int end) {
        boolean betweenLetters = i > start && i + 1 < end && Character.isLetter(in.chars[i - 1])
                && Character.isLetter(in.chars[i + 1]);
        return switch (c) {
            case '4', '@' -> 'a';
            case '3', '\u20ac' -> 'e';
            case '1' -> 'i';
            case '0' -> 'o';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '!', '|' -> betweenLetters ? 'i' : c;
            case '+' -> betweenLetters ? 't' : c;
            case '*', '#' -> i > start ? MASK : c;
            default -> c;
        };
    }

    /** @return the first lexicon word whose letters fit the visible ones of {@code masked}, or null */
    private @Nullable String demask(String masked) {
        for (String candidate : maskCandidates) {
            if (candidate.length() == masked.length() && fits(masked, candidate)) {
                return candidate;
            }
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c != MASK) {
                regex.append(Pattern.quote(String.valueOf(c)));
            } else if (i == 0 || masked.charAt(i - 1) != MASK) {
                regex.append("\\p{L}+");
            }
        }
        Pattern pattern = Pattern.compile(regex.toString());
        for (String candidate : maskCandidates) {
            if (pattern.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean fits(String masked, String candidate) {
        for (int i = 0; i < masked.length(); i++) {
            char m = masked.charAt(i);
            if (m != MASK && m != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Units shortenFloods(Units in) {
        Units out = new Units(in.length);
        int i = 0;
        while (i < in.length) {
            char c = in.chars[i];
            int end = i + 1;
            while (end < in.length && in.chars[end] == c) {
                end++;
            }
            int run = end - i;
            if (run >= 3 && Character.isLetter(c)) {
                int keep = isVowel(c) ? 1 : 2;
                for (int k = 0; k < keep; k++) {
                    out.add(c, in.starts[i], in.ends[end - 1], in.rewritten.get(i));
                }
            } else {
                for (int k = i; k < end; k++) {
                    out.copy(in, k);
                }
            }
            i = end;
        }
        return out;
    }

    private static boolean isWordUnit(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '\u20ac' || c == '!' || c == '|'
                || c == '+' || c == '*' || c == '#';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** A growing text whose units remember the original span they came from. */
    private static final class Units {
        char[] chars;
        int[] starts;
        int[] ends;
        final BitSet rewritten = new BitSet();
        int length;

        Units(int capacity) {
            chars = new char[Math.max(capacity, 4)];
            starts = new int[chars.length];
            ends = new int[chars.length];
        }

        void add(char c, int start, int end, boolean isRewritten) {
            if (length == chars.length) {
                int capacity = length * 2;
                chars = Arrays.copyOf(chars, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            chars[length] = c;
            starts[length] = start;
            ends[length] = end;
            if (isRewritten) {
                rewritten.set(length);
            }
            length++;
        }

        void copy(Units from, int i) {
            add(from.chars[i], from.starts[i], from.ends[i], from.rewritten.get(i));
        }

        NormalizedText toText(String original) {
            return new NormalizedText(original, new String(chars, 0, length), Arrays.copyOf(starts, length),
                    Arrays.copyOf(ends, length), rewritten);
        }
    }
}
