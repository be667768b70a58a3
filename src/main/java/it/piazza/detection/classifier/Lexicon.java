package it.piazza.detection.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The word lists the classifier and the normaliser share: profanities and insults (project list, the MIT
 * profanity-obfuscation table of Nozza and Hovy 2023 and the CC BY 4.0 LDNOOBW Italian list) and the names
 * of protected groups. Lookups take a slice of a {@code char[]} and allocate nothing (Lucene's
 * {@link CharArrayMap}); an inflected form matches when it differs from an entry only by its final vowel
 * ({@code stronzi} matches {@code stronzo}, {@code cazzuola} does not match {@code cazzo}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {

    private static final String BASE = "/it/piazza/detection/classifier/";
    private static final int MIN_STEM_WORD = 5;

    private static final Lexicon STANDARD = load();

    /** A bit of {@link #kinds}: the word is a profanity or insult. */
    public static final int PROFANITY = 1;
    /** A bit of {@link #kinds}: the word names a protected group (neutral word or slur). */
    public static final int GROUP = 2;

    private final List<String> profanityWords;
    /** Every word of both lists with its kinds, so that a word of a comment costs one lookup. */
    private final CharArrayMap<Integer> words;
    /** The same for the stems of the words that end in a vowel (an inflected form differs by it). */
    private final CharArrayMap<Integer> stems;
    private final long fingerprint;

    private Lexicon(List<String> profanityWords, List<String> groupWords, long fingerprint) {
        this.profanityWords = List.copyOf(profanityWords);
        this.words = new CharArrayMap<>(profanityWords.size() + groupWords.size(), false);
        this.stems = new CharArrayMap<>(profanityWords.size() + groupWords.size(), false);
        index(profanityWords, PROFANITY);
        index(groupWords, GROUP);
        this.fingerprint = fingerprint;
    }

    private void index(List<String> list, int kind) {
        for (String word : list) {
            words.put(word, kind | words.getOrDefault(word, 0));
            if (word.length() >= MIN_STEM_WORD && isVowel(word.charAt(word.length() - 1)) && word.indexOf(' ') < 0) {
                String stem = word.substring(0, word.length() - 1);
                stems.put(stem, kind | stems.getOrDefault(stem, 0));
            }
        }
    }

    /** @return the lexicon bundled with Piazza */
    public static Lexicon standard() {
        return STANDARD;
    }

    /** @return single-word profanities and insults, most frequent first (the order the de-masking prefers) */
    public List<String> profanityWords() {
        return profanityWords;
    }

    /**
     * @return the kinds of {@code text[start, end)}, or of the word it inflects by its final vowel: a
     *         combination of {@link #PROFANITY} and {@link #GROUP}, 0 for an ordinary word
     */
    public int kinds(char[] text, int start, int end) {
        int length = end - start;
        Integer exact = words.get(text, start, length);
        int kinds = exact == null ? 0 : exact;
        if (length >= MIN_STEM_WORD && isVowel(text[end - 1])) {
            Integer inflected = stems.get(text, start, length - 1);
            kinds |= inflected == null ? 0 : inflected;
        }
        return kinds;
    }

    /** @return a checksum of every list, stored in model files to detect a model built on other lists */
    public long fingerprint() {
        return fingerprint;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static Lexicon load() {
        CRC32 crc = new CRC32();
        Set<String> profanities = new LinkedHashSet<>();
        profanities.addAll(words("insults-it.txt", crc, 0));
        profanities.addAll(words("profanity-obfuscation-it.tsv", crc, 1));
        profanities.addAll(words("ldnoobw-it.txt", crc, 0));
        List<String> single = new ArrayList<>();
        for (String p : profanities) {
            if (p.indexOf(' ') < 0) {
                single.add(p);
            }
        }
        List<String> groups = words("groups-it.txt", crc, 0);
        return new Lexicon(single, groups, crc.getValue());
    }

    /** Reads one list: comment lines start with '#'; in the TSV table the first line is a header. */
    private static List<String> words(String resource, CRC32 crc, int headerLines) {
        List<String> words = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon resource " + BASE + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                if (number++ < headerLines || line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String word = CharFolding.fold(line.split("[\\t]|\\s{2,}", 2)[0].strip());
                crc.update(word.getBytes(StandardCharsets.UTF_8));
                words.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
