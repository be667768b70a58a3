package it.piazza.detection;

import it.piazza.detection.classifier.Lexicon;
import it.piazza.detection.classifier.ModelTrainer;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Trains an {@link AbuseClassifier} from labelled comments: the project's hand-written set, an ente's own
 * moderation decisions ({@code {"id", "text", "label", "category"}} lines), or a research data set for
 * evaluation. The same data and options always give the same classifier, byte for byte once written.
 */
public final class AbuseClassifierTraining {

    private AbuseClassifierTraining() {
    }

    /**
     * Training options.
     *
     * @param cost liblinear's C: higher fits the training data more closely
     * @param smoothing additive smoothing of the naive-Bayes feature scaling
     * @param folds number of cross-validation folds for calibration and threshold (at least 2)
     * @param seed seed of the fold assignment and of liblinear
     */
    public record Options(double cost, double smoothing, int folds, long seed) {

        /** The defaults, chosen by cross-validation on the training sets (docs/design/003). */
        public static final Options DEFAULT = new Options(16.0, 0.5, 5, 20_261_122L);

        public Options {
            if (!(cost > 0) || !(smoothing > 0) || folds < 2) {
                throw new IllegalArgumentException("cost and smoothing must be positive and folds at least 2");
            }
        }

        /** @return how many models a training run fits: one per fold and a final one, per question */
        public int fits() {
            return AbuseQuestion.values().length * (folds + 1);
        }
    }

    /**
     * What cross-validation on the training data said of one question.
     *
     * @param question the question
     * @param lines the training lines that answer it
     * @param positives how many of them answer yes
     * @param outOfFold the decisions of the fold models on the lines they did not see
     * @param threshold the decision threshold chosen on those decisions
     */
    public record HeadReport(AbuseQuestion question, int lines, int positives, BinaryMetrics outOfFold,
            double threshold) {
    }

    /**
     * A trained classifier with its cross-validation reports (one per question the data could teach).
     *
     * @param classifier the classifier, ready to score and to be written with {@link AbuseClassifier#writeTo}
     * @param reports the reports, in {@link AbuseQuestion} order
     */
    public record Trained(AbuseClassifier classifier, List<HeadReport> reports) {

        public Trained {
            reports = List.copyOf(reports);
        }
    }

    /**
     * @param data the labelled comments, with at least {@code options.folds()} abusive and as many others
     * @param description what the data is, kept in the model for its card
     * @param options the training options
     * @param fitted receives the number of model fits done so far, up to {@link Options#fits()}
     * @return the classifier
     */
    public static Trained train(List<LabelledComment> data, String description, Options options,
            IntConsumer fitted) {
        long positives = data.stream().filter(c -> c.label() == 1).count();
        if (positives < options.folds() || data.size() - positives < options.folds()) {
            throw new IllegalArgumentException("Training data needs both abusive (label 1) and other (label 0)"
                    + " comments, at least " + options.folds() + " of each; found " + positives + " abusive of "
                    + data.size());
        }
        ModelTrainer.Result result = new ModelTrainer(ItalianTextNormalizer.standard(), Lexicon.standard())
                .train(data, description, options, fitted);
        return new Trained(AbuseClassifier.of(result.model()), result.reports());
    }
}
