package it.piazza.detection;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A comment rewritten by {@link ItalianTextNormalizer}, with the way back to the original: every unit of
 * {@link #text()} knows the span of the original text it came from.
 *
 * <p>Immutable.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final BitSet rewritten;

    NormalizedText(String original, String text, int[] starts, int[] ends, BitSet rewritten) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.rewritten = rewritten;
    }

    /** @return the text as written */
    public String original() {
        return original;
    }

    /** @return the normalised text: lower case, no accents, obfuscations undone, letter floods shortened */
    public String text() {
        return text;
    }

    /**
     * @param start first index of {@link #text()}, inclusive
     * @param end last index of {@link #text()}, exclusive, greater than {@code start}
     * @return the span of {@link #original()} those units of the normalised text came from
     */
    public TextSpan toOriginal(int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            throw new IndexOutOfBoundsException("Invalid span [" + start + ", " + end + ") of " + text.length());
        }
        return new TextSpan(starts[start], ends[end - 1]);
    }

    /**
     * @return whether a unit of {@code [start, end)} of {@link #text()} was rewritten from an obfuscation
     *         (leetspeak, a masked word, spaced letters) rather than only folded
     */
    public boolean isDeobfuscated(int start, int end) {
        int next = rewritten.nextSetBit(start);
        return next >= 0 && next < end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText other && original.equals(other.original) && text.equals(other.text)
                && Arrays.equals(starts, other.starts) && Arrays.equals(ends, other.ends)
                && rewritten.equals(other.rewritten);
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
