package it.piazza.detection.classifier;

import it.piazza.detection.AbuseClassifierTraining;
import it.piazza.detection.AbuseQuestion;
import it.piazza.detection.BinaryMetrics;
import it.piazza.detection.ItalianTextNormalizer;
import it.piazza.detection.LabelledComment;
import it.piazza.detection.NormalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains an {@link AbuseModel}: L2-regularised logistic regression (liblinear's primal trust-region
 * solver, through Tribuo) for each head on the hashed features scaled by their naive-Bayes log-count
 * ratio, Platt scaling fitted on out-of-fold scores
 * of a stratified k-fold cross-validation, and the decision threshold that maximises the out-of-fold
 * macro-F1. The same data and options always give the same model.
 */
public final class ModelTrainer {

    private static final String POSITIVE = "1";
    private static final String NEGATIVE = "0";
    private static final int BUCKETS = 1 << FeatureExtractor.BITS;

    private final ItalianTextNormalizer normalizer;
    private final FeatureExtractor extractor;
    private final long lexiconFingerprint;

    /**
     * @param normalizer the normaliser applied before feature extraction
     * @param lexicon the lexicon of the lexicon features
     */
    public ModelTrainer(ItalianTextNormalizer normalizer, Lexicon lexicon) {
        this.normalizer = normalizer;
        this.extractor = new FeatureExtractor(lexicon);
        this.lexiconFingerprint = lexicon.fingerprint();
    }

    /** A trained model and what cross-validation said of each trained head. */
    public record Result(AbuseModel model, List<AbuseClassifierTraining.HeadReport> reports) {
    }

    /**
     * @param data the labelled lines (at least {@code options.folds()} of each label)
     * @param description what the data is, stored in the model
     * @param listener receives the number of model fits done so far
     */
    public Result train(List<LabelledComment> data, String description, AbuseClassifierTraining.Options options,
            IntConsumer listener) {
        List<Vector> vectors = new ArrayList<>(data.size());
        for (LabelledComment line : data) {
            vectors.add(vectorise(line.text()));
        }
        AbuseQuestion[] questions = AbuseQuestion.values();
        int[] done = {0};
        Runnable counting = () -> listener.accept(++done[0]);
        float[] weights = new float[BUCKETS * AbuseModel.HEADS];
        List<Head> heads = new ArrayList<>();
        List<AbuseClassifierTraining.HeadReport> reports = new ArrayList<>();
        for (AbuseQuestion question : questions) {
            List<Integer> rows = new ArrayList<>();
            int positives = 0;
            for (int i = 0; i < data.size(); i++) {
                int target = data.get(i).target(question);
                if (target >= 0) {
                    rows.add(i);
                    positives += target;
                }
            }
            if (positives < options.folds() || rows.size() - positives < options.folds()) {
                heads.add(Head.UNTRAINED);
                done[0] += options.folds() + 1;
                listener.accept(done[0]);
                continue;
            }
            int[] targets = rows.stream().mapToInt(i -> data.get(i).target(question)).toArray();
            List<Vector> headVectors = rows.stream().map(vectors::get).toList();
            TrainedHead trained = trainHead(headVectors, targets, options, counting);
            int column = question.ordinal();
            for (int b = 0; b < BUCKETS; b++) {
                weights[b * AbuseModel.HEADS + column] = trained.weights[b];
            }
            heads.add(trained.head);
            reports.add(new AbuseClassifierTraining.HeadReport(question, rows.size(), positives, trained.outOfFold,
                    trained.head.threshold()));
        }
        return new Result(new AbuseModel(weights, heads, lexiconFingerprint, description), reports);
    }

    private TrainedHead trainHead(List<Vector> vectors, int[] targets, AbuseClassifierTraining.Options options,
            Runnable fitted) {
        int[] fold = stratifiedFolds(targets, options.folds(), options.seed());
        double[] outOfFold = new double[targets.length];
        for (int k = 0; k < options.folds(); k++) {
            List<Integer> trainRows = new ArrayList<>();
            for (int i = 0; i < targets.length; i++) {
                if (fold[i] != k) {
                    trainRows.add(i);
                }
            }
            Fit fit = fit(vectors, targets, trainRows, options);
            for (int i = 0; i < targets.length; i++) {
                if (fold[i] == k) {
                    outOfFold[i] = fit.score(vectors.get(i));
                }
            }
            fitted.run();
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            all.add(i);
        }
        Fit fit = fit(vectors, targets, all, options);
        fitted.run();
        double[] platt = PlattScaling.fit(outOfFold, targets);
        Head calibration = new Head(true, 0, platt[0], platt[1], 0.5);
        double[] probabilities = Arrays.stream(outOfFold).map(calibration::probability).toArray();
        double threshold = bestThreshold(probabilities, targets);
        BinaryMetrics metrics = BinaryMetrics.of(targets, decide(probabilities, threshold));
        // Platt was fitted on out-of-fold scores that include each fold's bias: apply it to the final score.
        return new TrainedHead(fit.weights, new Head(true, fit.bias, platt[0], platt[1], threshold), metrics);
    }

    private Fit fit(List<Vector> vectors, int[] targets, List<Integer> rows, AbuseClassifierTraining.Options options) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("piazza", factory),
                factory);
        double[] ratio = logCountRatio(vectors, targets, rows, options.smoothing());
        for (int i : rows) {
            Vector v = vectors.get(i);
            double[] values = new double[v.values.length];
            for (int j = 0; j < values.length; j++) {
                values[j] = v.values[j] * ratio[v.buckets[j]];
            }
            dataset.add(new ArrayExample<>(new Label(targets[i] == 1 ? POSITIVE : NEGATIVE), v.names, values));
        }
        LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), options.cost(), 1000,
                0.01, options.seed());
        LibLinearClassificationModel model = (LibLinearClassificationModel) trainer.train(dataset);
        de.bwaldvogel.liblinear.Model inner = model.getInnerModels().get(0);
        double[] raw = inner.getFeatureWeights();
        String firstLabel = model.getOutputIDInfo().getOutput(inner.getLabels()[0]).getLabel();
        double sign = POSITIVE.equals(firstLabel) ? 1 : -1;
        var featureMap = model.getFeatureIDMap();
        float[] weights = new float[BUCKETS];
        for (int id = 0; id < featureMap.size(); id++) {
            int bucket = Integer.parseInt(featureMap.get(id).getName(), Character.MAX_RADIX);
            weights[bucket] = (float) (sign * raw[id] * ratio[bucket]);
        }
        return new Fit(weights, sign * raw[featureMap.size()]);
    }

    /**
     * The naive-Bayes log-count ratio of every bucket on the training rows (Wang and Manning 2012, "Baselines
     * and bigrams"): log of the smoothed share of positive rows containing it over the share of negative rows.
     * Scaling the features by it before logistic regression, and folding it into the weights afterwards,
     * lets rare but telling n-grams weigh more than L2 regularisation alone would allow.
     */
    private static double[] logCountRatio(List<Vector> vectors, int[] targets, List<Integer> rows, double alpha) {
        double[] p = new double[BUCKETS];
        double[] q = new double[BUCKETS];
        for (int i : rows) {
            double[] counts = targets[i] == 1 ? p : q;
            for (int b : vectors.get(i).buckets) {
                counts[b] += 1;
            }
        }
        double sp = 0;
        double sq = 0;
        for (int b = 0; b < BUCKETS; b++) {
            sp += p[b] + alpha;
            sq += q[b] + alpha;
        }
        double[] r = new double[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            r[b] = Math.log(((p[b] + alpha) / sp) / ((q[b] + alpha) / sq));
        }
        return r;
    }

    private Vector vectorise(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        Features features = extractor.extract(normalized.text(), normalized::isDeobfuscated);
        double[][] values = new double[1][];
        int[] buckets = features.distinctBuckets(values);
        String[] names = new String[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            names[i] = Integer.toString(buckets[i], Character.MAX_RADIX);
        }
        return new Vector(buckets, names, values[0]);
    }

    private static int[] stratifiedFolds(int[] targets, int folds, long seed) {
        Random random = new Random(seed);
        Integer[] order = new Integer[targets.length];
        double[] keys = new double[targets.length];
        for (int i = 0; i < targets.length; i++) {
            order[i] = i;
            keys[i] = random.nextDouble();
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> targets[i]).thenComparingDouble(i -> keys[i]));
        int[] fold = new int[targets.length];
        for (int rank = 0; rank < order.length; rank++) {
            fold[order[rank]] = rank % folds;
        }
        return fold;
    }

    /** @return the threshold of a 0.01 grid with the best macro-F1, the one nearest 0.5 among equals */
    static double bestThreshold(double[] probabilities, int[] targets) {
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 5; step <= 95; step++) {
            double threshold = step / 100.0;
            double f1 = BinaryMetrics.of(targets, decide(probabilities, threshold)).macroF1();
            if (f1 > bestF1 + 1e-12
                    || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best - 0.5))) {
                best = threshold;
                bestF1 = f1;
            }
        }
        return best;
    }

    private static int[] decide(double[] probabilities, double threshold) {
        return Arrays.stream(probabilities).mapToInt(p -> p >= threshold ? 1 : 0).toArray();
    }

    private record Vector(int[] buckets, String[] names, double[] values) {
    }

    private record Fit(float[] weights, double bias) {
        double score(Vector v) {
            double s = bias;
            for (int i = 0; i < v.buckets.length; i++) {
                s += weights[v.buckets[i]] * v.values[i];
            }
            return s;
        }
    }

    private record TrainedHead(float[] weights, Head head, BinaryMetrics outOfFold) {
    }
}
