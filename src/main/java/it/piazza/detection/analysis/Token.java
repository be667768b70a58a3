package it.piazza.detection.analysis;

import it.piazza.detection.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * One token of a comment: its normalised form (lower case, obfuscation undone, stretched letters cut to
 * two), its UTF-16 span in the original text and a few flags the detectors read.
 */
final class Token {

    enum Kind { WORD, NUMBER, URL, EMAIL, HASHTAG, MENTION, SYMBOL }

    final String norm;
    /** {@link #norm} with runs of three or more equal letters cut to one, or null when there were none. */
    final @Nullable String squeezed;
    final int start;
    final int end;
    final Kind kind;
    /** Written with digits for letters, symbols, spaces or dots between letters. */
    final boolean obfuscated;
    /** Contains {@code *} standing for hidden letters. */
    final boolean wildcard;
    final boolean capitalized;
    final boolean sentenceStart;
    boolean inQuote;

    Token(String norm, @Nullable String squeezed, int start, int end, Kind kind, boolean obfuscated,
          boolean wildcard, boolean capitalized, boolean sentenceStart) {
        this.norm = norm;
        this.squeezed = squeezed;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.obfuscated = obfuscated;
        this.wildcard = wildcard;
        this.capitalized = capitalized;
        this.sentenceStart = sentenceStart;
    }

    TextSpan span() {
        return new TextSpan(start, end);
    }

    @Override
    public String toString() {
        return norm + "[" + start + "," + end + ")";
    }
}
