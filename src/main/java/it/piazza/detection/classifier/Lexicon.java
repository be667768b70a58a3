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
import org.apache.lucene.analysis.CharArraySet;

/**
 * The word lists the classifier and the normaliser share: profanities and insults (project list, the MIT
 * profanity-obfuscation table of Nozza and Hovy 2023 and the CC BY 4.0 LDNOOBW Italian list) and the names
 * of protected groups. Lookups take a slice of a {@code char[]} and allocate nothing (Lucene's
 * {@link CharArraySet}); an inflected form matches when it differs from an entry only by its final vowel
 * ({@code stronzi} matches {@code stronzo}, {@code cazzuola} does not match {@code cazzo}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {

    private static final String BASE = "/it/piazza/detection/classifier/";
    private static final int MIN_STEM_WORD = 5;

    private static final Lexicon STANDARD = load();

    private final List<String> profanityWords;
    private final CharArraySet profanities;
    private final CharArraySet profanityStems;
    private final CharArraySet groups;
    private final CharArraySet groupStems;
    private final long fingerprint;

    private Lexicon(List<String> profanityWords, List<String> groupWords, long fingerprint) {
        this.profanityWords = List.copyOf(profanityWords);
        this.profanities = new CharArraySet(profanityWords, false);
        this.profanityStems = stems(profanityWords);
        this.groups = new CharArraySet(groupWords, false);
        this.groupStems = stems(groupWords);
        this.fingerprint = fingerprint;
    }

    /** @return the lexicon bundled with Piazza */
    public static Lexicon standard() {
        return STANDARD;
    }

    /** @return single-word profanities and insults, most frequent first (the order the de-masking prefers) */
    public List<String> profanityWords() {
        return profanityWords;
    }

    /** @return whether {@code text[start, end)} is a profanity or insult, or one inflected by its final vowel */
    public boolean isProfanity(char[] text, int start, int end) {
        return matches(profanities, profanityStems, text, start, end);
    }

    /** @return whether {@code text[start, end)} names a protected group (neutral word or slur) */
    public boolean isGroup(char[] text, int start, int end) {
        return matches(groups, groupStems, text, start, end);
    }

    /** @return a checksum of every list, stored in model files to detect a model built on other lists */
    public long fingerprint() {
        return fingerprint;
    }

    private static boolean matches(CharArraySet words, CharArraySet stems, char[] text, int start, int end) {
        int length = end - start;
        if (words.contains(text, start, length)) {
            return true;
        }
        return length >= MIN_STEM_WORD && isVowel(text[end - 1]) && stems.contains(text, start, length - 1);
    }

    private static CharArraySet stems(List<String> words) {
        CharArraySet stems = new CharArraySet(words.size(), false);
        for (String word : words) {
            if (word.length() >= MIN_STEM_WORD && isVowel(word.charAt(word.length() - 1)) && word.indexOf(' ') < 0) {
                stems.add(word.substring(0, word.length() - 1));
            }
        }
        return stems;
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
