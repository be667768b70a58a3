package it.piazza.detection;

import it.piazza.detection.analysis.CommentAnalysisEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses public comments: one detector per category of the taxonomy plus the two intents of a public
 * comment. Built once (lexicons and rules are loaded from the classpath), immutable and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * CommentAnalyzer analyzer = CommentAnalyzer.create();
 * Analysis a = analyzer.analyze(CommentToAnalyze.of("sei un imb3cille").withPost("Lavori in via Roma"),
 *         AnalysisSettings.defaults());
 * a.categories(Analysis.DEFAULT_THRESHOLD); // [INSULT]
 * }</pre>
 *
 * <p>Harsh but civil criticism of the administration comes out clean by design: no detector reads
 * disagreement, and the words of a complaint ("vergogna", "incompetente", "da mesi") are intents, not
 * violations.
 */
public final class CommentAnalyzer {

    private final CommentAnalysisEngine engine;
    private final List<Detector> extra;

    private CommentAnalyzer(CommentAnalysisEngine engine, List<Detector> extra) {
        this.engine = engine;
        this.extra = List.copyOf(extra);
    }

    /**
     * @return an analyzer with the built-in detectors
     * @throws IllegalStateException when a bundled resource is missing or malformed
     */
    public static CommentAnalyzer create() {
        return new CommentAnalyzer(CommentAnalysisEngine.load(), List.of());
    }

    /**
     * @return an analyzer with the built-in detectors and the personal-data detector (personal data and
     *         information on minors): rules only, no trained model
     * @throws IllegalStateException when a bundled resource is missing or malformed
     */
    public static CommentAnalyzer rulesOnly() {
        return create().withDetectors(new PersonalDataCategory());
    }

    /**
     * @return {@link #rulesOnly()} plus the abuse classifier bundled with Piazza (insult and discrimination),
     *         or rules only when the model is missing or unusable (the reason is logged)
     */
    public static CommentAnalyzer standard() {
        CommentAnalyzer rules = rulesOnly();
        return AbuseClassifier.loadDefault().map(CommentAnalyzer::withClassifier).orElse(rules);
    }

    /** @return {@link #rulesOnly()} plus {@code classifier} (e.g. a model trained on an ente's own decisions) */
    public static CommentAnalyzer withClassifier(AbuseClassifier classifier) {
        return rulesOnly().withDetectors(new AbuseClassifierCategories(classifier));
    }

    /**
     * @return a new analyzer that also runs {@code detectors} (e.g. personal data, a trained classifier);
     *         their findings are merged with the built-in ones category by category
     */
    public CommentAnalyzer withDetectors(Detector... detectors) {
        List<Detector> all = new ArrayList<>(extra);
        all.addAll(List.of(detectors));
        return new CommentAnalyzer(engine, all);
    }

    /**
     * Analyses one comment. Does not keep anything: repetition and flooding are judged on
     * {@link CommentToAnalyze#priorComments()}.
     *
     * @return one finding per category found (weak signals included, see {@link Analysis#DEFAULT_THRESHOLD})
     *         and the intents
     */
    public Analysis analyze(CommentToAnalyze comment, AnalysisSettings settings) {
        return engine.analyze(comment, settings, extra);
    }
}
