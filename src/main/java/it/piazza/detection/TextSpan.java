package it.piazza.detection;

/**
 * A span of a text, in UTF-16 indices of the Java {@link String} ({@code start} inclusive, {@code end}
 * exclusive). Use {@link #toCodePoints(String)} to obtain the code-point offsets of the command-line
 * contracts.
 *
 * @param start first index, inclusive, never negative
 * @param end last index, exclusive, never less than {@code start}
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }

    /** @return the number of UTF-16 units covered */
    public int length() {
        return end - start;
    }

    /** @return whether the two spans share at least one index */
    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** @return the covered text of {@code text} */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** @return this span with offsets counted in Unicode code points of {@code text} */
    public TextSpan toCodePoints(String text) {
        int cpStart = text.codePointCount(0, start);
        return new TextSpan(cpStart, cpStart + text.codePointCount(start, end));
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
