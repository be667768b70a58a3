package it.piazza.detection.classifier;

/**
 * Turns a normalised comment into hashed features (the "hashing trick": no vocabulary to store, constant
 * memory, nothing allocated per n-gram):
 * <ul>
 *   <li>character 2- to 5-grams of every word with its boundaries ({@code <caz}, {@code zzo>}), which carry
 *       inflections, typos and dialect spellings;</li>
 *   <li>words and pairs of consecutive words ({@code casa vostra});</li>
 *   <li>lexicon features: the word is a profanity or insult, names a protected group, or was written
 *       obfuscated;</li>
 *   <li>emoji and other pictographs, one feature each, and one constant feature so that no comment is
 *       empty.</li>
 * </ul>
 * A word is a run of letters, digits and masks ({@code *}); apostrophes split words ({@code l'immigrato}).
 *
 * <p>Immutable and thread-safe.
 */
public final class FeatureExtractor {

    /** Number of hash bits: features fall into {@code 2^BITS} buckets. */
    public static final int BITS = 18;
    private static final int MASK = (1 << BITS) - 1;
    private static final int MAX_NGRAM = 5;
    private static final int MAX_WORD = 24;
    private static final int SEED_CHARS = 0x811c9dc5;
    private static final int SEED_WORD = 0x2545f491;
    private static final int SEED_PAIR = 0x5bd1e995;
    private static final int PROFANITY = 0x1b873593;
    private static final int GROUP = 0x27d4eb2f;
    private static final int OBFUSCATED = 0x165667b1;
    private static final int SEED_SYMBOL = 0x3c6ef372;
    private static final int CONSTANT = 0x7f4a7c15;

    private final Lexicon lexicon;

    /** @param lexicon the word lists of the lexicon features */
    public FeatureExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param text the normalised text ({@link it.piazza.detection.NormalizedText#text()})
     * @param deobfuscated tells which spans were rewritten from an obfuscation
     * @return the features of {@code text}
     */
    public Features extract(String text, Deobfuscated deobfuscated) {
        char[] chars = text.toCharArray();
        Features features = new Features(chars.length);
        features.add(bucket(CONSTANT), Features.NO_WORD);
        int previousWord = 0;
        int i = 0;
        while (i < chars.length) {
            if (isSymbol(chars[i])) {
                int end = Character.isHighSurrogate(chars[i]) && i + 1 < chars.length ? i + 2 : i + 1;
                int word = features.addWord(i, end);
                features.add(bucket(hash(SEED_SYMBOL, chars, i, end)), word);
                i = end;
                continue;
            }
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < chars.length && isWordChar(chars[i])) {
                i++;
            }
            int end = i;
            int word = features.addWord(start, end);
            int wordHash = hash(SEED_WORD, chars, start, end);
            features.add(bucket(wordHash), word);
            if (word > 0) {
                features.add(bucket(mix(SEED_PAIR ^ previousWord, wordHash)), word);
            }
            previousWord = wordHash;
            addCharacterGrams(chars, start, Math.min(end, start + MAX_WORD), word, features);
            int kinds = lexicon.kinds(chars, start, end);
            if ((kinds & Lexicon.PROFANITY) != 0) {
                features.add(bucket(PROFANITY), word);
            }
            if ((kinds & Lexicon.GROUP) != 0) {
                features.add(bucket(GROUP), word);
            }
            if (deobfuscated.test(start, end)) {
                features.add(bucket(OBFUSCATED), word);
            }
        }
        return features;
    }

    /** The n-grams of {@code <word>}: position -1 stands for '<' and position {@code end} for '>'. */
    private static void addCharacterGrams(char[] chars, int start, int end, int word, Features features) {
        for (int p = start - 1; p < end; p++) {
            int h = SEED_CHARS;
            for (int k = 0; k < MAX_NGRAM && p + k <= end; k++) {
                int position = p + k;
                char c = position < start ? '<' : position == end ? '>' : chars[position];
                h = (h ^ c) * 0x01000193;
                if (k >= 1) {
                    features.add(bucket(h), word);
                }
            }
        }
    }

    private static int hash(int seed, char[] chars, int start, int end) {
        int h = seed;
        for (int i = start; i < end; i++) {
            h = (h ^ chars[i]) * 0x01000193;
        }
        return h;
    }

    private static int mix(int a, int b) {
        return (a * 0x9e3779b1) ^ b;
    }

    private static int bucket(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & MASK;
    }

    /** Emoji and other pictographs: a feature each, since they carry tone ("🤮", "🐒"). */
    private static boolean isSymbol(char c) {
        return Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '*';
    }

    /** Whether a span of the normalised text was rewritten from an obfuscation. */
    @FunctionalInterface
    public interface Deobfuscated {
        /** @return whether a unit of {@code [start, end)} was rewritten */
        boolean test(int start, int end);
    }
}
