package it.piazza.detection;

import it.piazza.detection.classifier.AbuseModel;
import it.piazza.detection.classifier.FeatureExtractor;
import it.piazza.detection.classifier.Features;
import it.piazza.detection.classifier.Head;
import it.piazza.detection.classifier.Lexicon;
import it.piazza.detection.classifier.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.it.ItalianAnalyzer;

/**
 * Scores Italian comments for abusive language with a trained linear model: normalisation
 * ({@link ItalianTextNormalizer}), hashed character and word n-grams with lexicon features, calibrated
 * probabilities per question (abusive, insult, hate) and the words that weighed most.
 *
 * <p>Piazza ships a default model ({@link #loadDefault()}); an ente may train its own with
 * {@code model train}. When no model can be loaded, Piazza runs on its rules alone: {@link #loadDefault()}
 * and {@link #tryLoad(Path)} return an empty {@link Optional} and log why.
 *
 * <p>Immutable and thread-safe.
 */
public final class AbuseClassifier {

    /** Class-path location of the default model. */
    public static final String DEFAULT_MODEL = "/models/abuse-it.model";
    private static final System.Logger LOG = System.getLogger(AbuseClassifier.class.getName());
    private static final int MAX_EVIDENCE = 3;
    private static final double EVIDENCE_SHARE = 0.25;
    /** Function words ("un", "sei", "di") weigh in the score but are no evidence a person can read. */
    private static final CharArraySet STOPWORDS = ItalianAnalyzer.getDefaultStopSet();

    private final AbuseModel model;
    private final ItalianTextNormalizer normalizer;
    private final FeatureExtractor extractor;

    private AbuseClassifier(AbuseModel model) {
        this.model = model;
        this.normalizer = ItalianTextNormalizer.standard();
        this.extractor = new FeatureExtractor(Lexicon.standard());
    }

    /** @return the classifier over an already built model (training and tests) */
    static AbuseClassifier of(AbuseModel model) {
        return new AbuseClassifier(model);
    }

    /**
     * Reads a model file.
     *
     * @throws InvalidModelException when the file is missing, unreadable, corrupt, or built for another
     *         version of Piazza; the message says which and what to do
     */
    public static AbuseClassifier load(Path file) throws InvalidModelException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidModelException("Model file " + file + " does not exist or is not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidModelException("Cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the classifier of {@code file}, or empty (with the reason logged) to run on rules alone */
    public static Optional<AbuseClassifier> tryLoad(Path file) {
        try {
            return Optional.of(load(file));
        } catch (InvalidModelException e) {
            LOG.log(Level.WARNING, e.getMessage() + "; moderation goes on with rules only");
            return Optional.empty();
        }
    }

    /**
     * @return the classifier of the model bundled with Piazza, or empty (with the reason logged) when it is
     *         missing or unusable, so that moderation goes on with rules only
     */
    public static Optional<AbuseClassifier> loadDefault() {
        try (InputStream in = AbuseClassifier.class.getResourceAsStream(DEFAULT_MODEL)) {
            if (in == null) {
                LOG.log(Level.WARNING, "No default abuse model on the class path (" + DEFAULT_MODEL
                        + "); moderation goes on with rules only");
                return Optional.empty();
            }
            return Optional.of(read(in, DEFAULT_MODEL));
        } catch (IOException | InvalidModelException e) {
            LOG.log(Level.WARNING, "Default abuse model unusable: " + e.getMessage()
                    + "; moderation goes on with rules only");
            return Optional.empty();
        }
    }

    private static AbuseClassifier read(InputStream in, String name) throws InvalidModelException {
        try {
            return new AbuseClassifier(ModelFile.read(in, Lexicon.standard()));
        } catch (IOException e) {
            throw new InvalidModelException("Model file " + name + " is unusable: " + e.getMessage(), e);
        }
    }

    /**
     * @param text a comment as written
     * @return its calibrated probabilities, and the evidence when it is flagged
     */
    public AbuseScores score(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        Features features = extractor.extract(normalized.text(), normalized::isDeobfuscated);
        AbuseModel.Scores linear = model.scores(features);
        double[] scores = linear.heads();
        Head abusiveHead = model.head(AbuseQuestion.ABUSIVE);
        double abusive = abusiveHead.probability(scores[0]);
        double insult = probability(AbuseQuestion.INSULT, scores, abusive);
        double hate = probability(AbuseQuestion.HATE, scores, abusive);
        boolean flagged = abusive >= abusiveHead.threshold();
        // evidence is for comments the classifier flags: most comments are not, and they need none
        return new AbuseScores(abusive, insult, hate,
                flagged ? evidence(normalized, features, linear.abusiveByWord()) : List.of(), flagged);
    }

    /** @return the probability of {@link AbuseScores#abusive()} that the classifier counts as a yes */
    public double threshold() {
        return model.head(AbuseQuestion.ABUSIVE).threshold();
    }

    /**
     * @return the probability of {@code question} that the classifier counts as a yes: the head's own
     *         threshold, or the abusive one when the model could not learn that head
     */
    public double threshold(AbuseQuestion question) {
        Head head = model.head(question);
        return head.trained() ? head.threshold() : threshold();
    }

    /**
     * Writes the model file that {@link #load(Path)} reads back (not closing {@code out}).
     *
     * @throws IOException when {@code out} fails
     */
    public void writeTo(OutputStream out) throws IOException {
        ModelFile.write(model, out);
    }

    /** @return what the model was trained on */
    public String description() {
        return model.description();
    }

    private double probability(AbuseQuestion question, double[] scores, double fallback) {
        Head head = model.head(question);
        return head.trained() ? head.probability(scores[question.ordinal()]) : fallback;
    }

    /** The words that raised the abusive score most: the head every other one refines. */
    private List<WeightedSpan> evidence(NormalizedText normalized, Features features, double[] contributions) {
        char[] text = normalized.text().toCharArray();
        List<Integer> words = new ArrayList<>();
        double max = 0;
        for (int w = 0; w < contributions.length; w++) {
            int start = features.wordStart(w);
            if (contributions[w] > 0 && !STOPWORDS.contains(text, start, features.wordEnd(w) - start)) {
                words.add(w);
                max = Math.max(max, contributions[w]);
            }
        }
        double floor = max * EVIDENCE_SHARE;
        words.removeIf(w -> contributions[w] < floor);
        words.sort(Comparator.comparingDouble((Integer w) -> -contributions[w]).thenComparingInt(w -> w));
        List<WeightedSpan> evidence = new ArrayList<>();
        for (int w : words.subList(0, Math.min(MAX_EVIDENCE, words.size()))) {
            TextSpan span = normalized.toOriginal(features.wordStart(w), features.wordEnd(w));
            evidence.add(new WeightedSpan(span, span.of(normalized.original()), contributions[w]));
        }
        return evidence;
    }

    /** A model file that cannot be used; the message says why and what to do. */
    public static final class InvalidModelException extends Exception {
        InvalidModelException(String message) {
            super(message);
        }

        InvalidModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
