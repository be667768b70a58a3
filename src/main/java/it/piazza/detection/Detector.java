package it.piazza.detection;

import java.util.List;

/**
 * Finds violations of one or more categories in a comment. Implementations are stateless and thread-safe:
 * everything they judge comes from the comment and the settings.
 *
 * <p>Add one to an analyzer with {@link CommentAnalyzer#withDetectors(Detector...)}; its findings are
 * merged with the built-in ones category by category.
 */
@FunctionalInterface
public interface Detector {

    /**
     * @return the findings, possibly empty; evidence spans are UTF-16 indices of {@code comment.text()}
     */
    List<Finding> detect(CommentToAnalyze comment, AnalysisSettings settings);
}
