package it.piazza.inbox.faq;

import it.piazza.inbox.FaqEntry;
import it.piazza.inbox.FaqMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One ente's FAQ in an in-memory Lucene index. The question and the keywords weigh three times the answer.
 * Immutable once built; searches are thread-safe.
 */
public final class FaqIndex {

    private static final String QUESTION = "question";
    private static final String ANSWER = "answer";
    private static final float QUESTION_BOOST = 3f;

    private final Analyzer analyzer = new ItalianAnalyzer();
    private final List<FaqEntry> entries;
    private final List<Set<String>> questionTerms = new ArrayList<>();
    private final IndexSearcher searcher;

    /**
     * @param entries the ente's FAQ
     * @param keywords for each entry (same order), other words citizens use for it; may be empty strings
     */
    public FaqIndex(List<FaqEntry> entries, List<String> keywords) {
        this.entries = List.copyOf(entries);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < entries.size(); i++) {
                FaqEntry entry = entries.get(i);
                String question = entry.question() + " " + keywords.get(i);
                questionTerms.add(terms(question));
                Document doc = new Document();
                doc.add(new StoredField("index", i));
                doc.add(new TextField(QUESTION, question, Field.Store.NO));
                doc.add(new TextField(ANSWER, entry.answer(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("An in-memory index cannot fail to write", e);
        }
    }

    /**
     * @param text the citizen's question
     * @param limit how many entries at most
     * @return the closest entries, best first; empty when no word of the question is in the FAQ
     */
    public List<FaqMatch> search(String text, int limit) {
        Set<String> query = terms(text);
        if (query.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : query) {
            builder.add(new BoostQuery(new TermQuery(new Term(QUESTION, term)), QUESTION_BOOST), BooleanClause.Occur.SHOULD);
            builder.add(new TermQuery(new Term(ANSWER, term)), BooleanClause.Occur.SHOULD);
        }
        try {
            List<FaqMatch> matches = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(builder.build(), limit).scoreDocs) {
                int index = searcher.storedFields().document(hit.doc).getField("index").numericValue().intValue();
                Set<String> covered = new LinkedHashSet<>(query);
                covered.retainAll(questionTerms.get(index));
                matches.add(new FaqMatch(entries.get(index), hit.score, (double) covered.size() / query.size()));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException("An in-memory index cannot fail to read", e);
        }
    }

    /** @return the distinct analysed terms of {@code text}: no elisions, no stop words, light Italian stems */
    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(QUESTION, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string cannot fail", e);
        }
        return terms;
    }
}
