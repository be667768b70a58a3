package it.piazza.detection.classifier;

import java.util.Arrays;

/**
 * The hashed features of one normalised comment: for every feature occurrence its bucket and the word it
 * belongs to, plus the words' spans in the normalised text. Every occurrence has the same value,
 * {@link #value()}, so that the vector has unit length when no two occurrences share a bucket.
 *
 * <p>Mutable while {@link FeatureExtractor} fills it, then only read.
 */
public final class Features {

    /** The word of an occurrence that belongs to no word (the constant feature). */
    static final int NO_WORD = -1;

    int[] buckets;
    int[] wordOf;
    int size;
    int[] wordStarts = new int[32];
    int[] wordEnds = new int[32];
    int words;

    /**
     * @param textLength the length of the normalised text: a character starts at most four character
     *        n-grams, and a word adds a few more features, so five per character rarely needs to grow
     */
    Features(int textLength) {
        int capacity = 16 + 5 * textLength;
        buckets = new int[capacity];
        wordOf = new int[capacity];
    }

    void add(int bucket, int word) {
        if (size == buckets.length) {
            buckets = Arrays.copyOf(buckets, size * 2);
            wordOf = Arrays.copyOf(wordOf, size * 2);
        }
        buckets[size] = bucket;
        wordOf[size] = word;
        size++;
    }

    int addWord(int start, int end) {
        if (words == wordStarts.length) {
            wordStarts = Arrays.copyOf(wordStarts, words * 2);
            wordEnds = Arrays.copyOf(wordEnds, words * 2);
        }
        wordStarts[words] = start;
        wordEnds[words] = end;
        return words++;
    }

    /** @return the value of every occurrence: one over the square root of their number */
    public double value() {
        return size == 0 ? 0 : 1 / Math.sqrt(size);
    }

    /** @return the first index of word {@code w} in the normalised text */
    public int wordStart(int w) {
        return wordStarts[w];
    }

    /** @return the end index (exclusive) of word {@code w} in the normalised text */
    public int wordEnd(int w) {
        return wordEnds[w];
    }

    /**
     * @return the distinct buckets, ascending, and their summed values in {@code values} (same length); the
     *         form the trainer needs
     */
    public int[] distinctBuckets(double[][] values) {
        int[] sorted = Arrays.copyOf(buckets, size);
        Arrays.sort(sorted);
        int distinct = 0;
        double[] sums = new double[size];
        double v = value();
        for (int i = 0; i < size; i++) {
            if (distinct > 0 && sorted[distinct - 1] == sorted[i]) {
                sums[distinct - 1] += v;
            } else {
                sorted[distinct] = sorted[i];
                sums[distinct] = v;
                distinct++;
            }
        }
        values[0] = Arrays.copyOf(sums, distinct);
        return Arrays.copyOf(sorted, distinct);
    }
}
