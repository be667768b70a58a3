package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.CommentToAnalyze;

/** A built-in detector: reads the already tokenised comment and adds its signals. Stateless, thread-safe. */
interface TextDetector {

    void detect(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out);
}
