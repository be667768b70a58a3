package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Off topic: a comment about something else than the post it answers and the ente's purposes. Needs
 * positive evidence: words of an off-topic subject (football, crypto, recipes, dating…) that neither the
 * post nor the purposes talk about, or a chain-letter phrase. Words shared with the post or the purposes,
 * and public-administration subjects, pull the score down. Short reactions ("grazie!", "finalmente")
 * are on topic. Works on Italian stems, so "buche" in the comment meets "buca" in the post.
 */
final class OffTopicDetector implements TextDetector {

    private static final int MIN_WORDS = 4;
    private static final int CONTEXT_CACHE = 4096;

    private final TopicVocabulary vocabulary;
    private final Map<String, Context> contexts = new ConcurrentHashMap<>();

    OffTopicDetector(TopicVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public void detect(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        for (PhraseRules.Match m : text.matches("OFF_TOPIC")) {
            out.add(Category.OFF_TOPIC, m.rule().score(), List.of(text.span(m.from(), m.to())),
                    "rule: " + m.rule().reason() + " '" + text.quote(m.from(), m.to()) + "'");
        }
        int words = 0;
        for (Token t : text.tokens) {
            if (t.kind == Token.Kind.WORD && t.norm.length() >= 3) {
                words++;
            }
        }
        if (words < MIN_WORDS) {
            return;
        }
        List<ItalianStems.Stem> stems = ItalianStems.analyze(text.text);
        Context purposes = context(settings.purposes());
        Context post = comment.postText() == null ? Context.EMPTY : context(comment.postText());
        Map<String, Set<String>> offHits = new HashMap<>();
        Map<String, List<TextSpan>> offSpans = new HashMap<>();
        Set<String> related = new HashSet<>();
        for (ItalianStems.Stem s : stems) {
            String d = vocabulary.domain(s.stem());
            if (purposes.stems().contains(s.stem()) || post.stems().contains(s.stem())) {
                related.add(s.stem());
            } else if (d != null && !vocabulary.isOffTopic(d)) {
                related.add(s.stem());
            } else if (d != null && !purposes.domains().contains(d) && !post.domains().contains(d)) {
                offHits.computeIfAbsent(d, k -> new HashSet<>()).add(s.stem());
                offSpans.computeIfAbsent(d, k -> new ArrayList<>()).add(new TextSpan(s.start(), s.end()));
            }
        }
        String best = null;
        for (var e : offHits.entrySet()) {
            if (best == null || e.getValue().size() > offHits.get(best).size()) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return;
        }
        int hits = offHits.get(best).size();
        double score = (hits >= 3 ? 0.8 : hits == 2 ? 0.7 : 0.4) - 0.08 * Math.min(related.size(), 4);
        if (score > 0) {
            out.add(Category.OFF_TOPIC, Math.max(0.05, score), offSpans.get(best), "relevance: about " + best + " "
                    + offHits.get(best) + ", not about the post or the ente's purposes (" + related.size()
                    + " related word(s))");
        }
    }

    /** The stems of a post or of the purposes, and the subject domains they touch. */
    private record Context(Set<String> stems, Set<String> domains) {
        static final Context EMPTY = new Context(Set.of(), Set.of());
    }

    /** Posts and purposes come back for many comments: their stems are kept, up to a bound. */
    private Context context(String text) {
        if (text.isEmpty()) {
            return Context.EMPTY;
        }
        Context cached = contexts.get(text);
        if (cached == null) {
            Set<String> stems = ItalianStems.of(text);
            Set<String> domains = new HashSet<>();
            for (String s : stems) {
                String d = vocabulary.domain(s);
                if (d != null) {
                    domains.add(d);
                }
            }
            cached = new Context(stems, domains);
            if (contexts.size() < CONTEXT_CACHE) {
                contexts.put(text, cached);
            }
        }
        return cached;
    }
}
