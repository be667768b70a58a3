package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.PriorComment;
import it.piazza.detection.TextSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spam: the same author repeating or nearly repeating a comment, flooding, link farms and comments that
 * repeat one word or symbol over and over. Repetition is judged on the author's prior comments supplied
 * by the caller; nothing is remembered here. Links to the ente's own domains never count.
 */
final class SpamDetector implements TextDetector {

    private static final double NEAR_DUPLICATE = 0.8;
    private static final int SHORT_TEXT_WORDS = 4;
    private static final int LINK_FARM = 3;

    @Override
    public void detect(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        repetition(text, comment, settings, out);
        links(text, comment, settings, out);
        selfRepetition(text, out);
        for (PhraseRules.Match m : text.matches("SPAM")) {
            out.add(Category.SPAM, m.rule().score(), List.of(text.span(m.from(), m.to())),
                    "rule: " + m.rule().reason());
        }
    }

    private static void repetition(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        if (comment.priorComments().isEmpty()) {
            return;
        }
        Set<String> words = words(text.tokens);
        Instant now = comment.createdAt();
        int duplicates = 0;
        int recent = 1;
        for (PriorComment prior : comment.priorComments()) {
            if (now != null && prior.createdAt().isAfter(now)) {
                continue;
            }
            boolean inRepetitionWindow = now == null || !prior.createdAt().isBefore(now.minus(settings.repetitionWindow()));
            if (now == null || !prior.createdAt().isBefore(now.minus(settings.floodWindow()))) {
                recent++;
            }
            if (inRepetitionWindow && !words.isEmpty() && jaccard(words, words(Tokenizer.tokenize(prior.text()))) >= NEAR_DUPLICATE) {
                duplicates++;
            }
        }
        TextSpan all = new TextSpan(0, text.text.length());
        boolean isShort = words.size() < SHORT_TEXT_WORDS;
        if (duplicates >= (isShort ? 2 : 1)) {
            out.add(Category.SPAM, isShort ? 0.7 : Math.min(0.95, 0.75 + 0.1 * (duplicates - 1)), List.of(all),
                    "repetition: same author posted the same or a nearly identical comment " + duplicates
                            + " time(s) within " + settings.repetitionWindow().toHours() + " h");
        }
        if (recent >= settings.floodCount()) {
            out.add(Category.SPAM, Math.min(0.95, 0.7 + 0.05 * (recent - settings.floodCount())), List.of(),
                    "flood: " + recent + " comments by the same author within " + settings.floodWindow().toMinutes() + " min");
        }
    }

    private static void links(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        List<TextSpan> spans = new ArrayList<>();
        Set<String> domains = new HashSet<>();
        for (Token t : text.tokens) {
            if (t.kind == Token.Kind.URL && !Links.isOfficial(t.norm, settings)) {
                spans.add(t.span());
                domains.add(Links.domain(t.norm));
            }
        }
        if (spans.size() >= LINK_FARM) {
            out.add(Category.SPAM, Math.min(0.95, 0.7 + 0.05 * (spans.size() - LINK_FARM)), spans,
                    "link farm: " + spans.size() + " external links");
        }
        if (domains.isEmpty()) {
            return;
        }
        int repeated = 0;
        for (PriorComment prior : comment.priorComments()) {
            for (Token t : Tokenizer.tokenize(prior.text())) {
                if (t.kind == Token.Kind.URL && domains.contains(Links.domain(t.norm))) {
                    repeated++;
                    break;
                }
            }
        }
        if (repeated >= 1) {
            out.add(Category.SPAM, Math.min(0.9, 0.6 + 0.1 * repeated), spans,
                    "link repeated: the same external site was posted by the same author " + repeated + " time(s) before");
        }
    }

    private static void selfRepetition(CommentText text, Findings out) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        int max = 0;
        for (Token t : text.tokens) {
            total++;
            max = Math.max(max, counts.merge(t.norm, 1, Integer::sum));
        }
        if (max >= 8 && max * 2 >= total) {
            out.add(Category.SPAM, 0.75, List.of(new TextSpan(0, text.text.length())),
                    "flooding inside the comment: one token repeated " + max + " times");
        }
    }

    private static Set<String> words(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        for (Token t : tokens) {
            if (t.kind != Token.Kind.SYMBOL) {
                words.add(t.squeezed == null ? t.norm : t.squeezed);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }
}
