package it.piazza.detection;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One analyzer shared by the detection tests, and short ways to ask it. */
final class Analyses {

    static final CommentAnalyzer ANALYZER = CommentAnalyzer.create();

    private Analyses() {
    }

    static Set<Category> categories(String text) {
        return categories(text, null, AnalysisSettings.defaults());
    }

    static Set<Category> categories(String text, @Nullable String post) {
        return categories(text, post, AnalysisSettings.defaults());
    }

    static Set<Category> categories(String text, @Nullable String post, AnalysisSettings settings) {
        return analyze(text, post, settings).categories(Analysis.DEFAULT_THRESHOLD);
    }

    static Analysis analyze(String text, @Nullable String post, AnalysisSettings settings) {
        return ANALYZER.analyze(CommentToAnalyze.of(text).withPost(post), settings);
    }

    static Set<Intent> intents(String text) {
        return ANALYZER.analyze(CommentToAnalyze.of(text), AnalysisSettings.defaults()).intentsAbove(Analysis.DEFAULT_THRESHOLD);
    }
}
