package it.piazza.detection.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Content words of a text as Italian stems, by Lucene's {@link ItalianAnalyzer}: standard tokenisation,
 * elision ("dell'acqua" → "acqua"), lower case, Italian stop words and the light Italian stemmer.
 * Thread-safe: the analyzer reuses one token stream per thread.
 */
final class ItalianStems {

    private static final String FIELD = "text";
    private static final Analyzer ANALYZER = new ItalianAnalyzer();

    private ItalianStems() {
    }

    /** A stem and the UTF-16 span of the word it comes from. */
    record Stem(String stem, int start, int end) {
    }

    /** @return the stems of the content words of {@code text}, in order, with their spans */
    static List<Stem> analyze(String text) {
        List<Stem> stems = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() >= 3 && Character.isLetter(term.charAt(0))) {
                    stems.add(new Stem(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** @return the distinct stems of the content words of {@code text} */
    static Set<String> of(String text) {
        Set<String> stems = new HashSet<>();
        for (Stem s : analyze(text)) {
            stems.add(s.stem());
        }
        return stems;
    }
}
