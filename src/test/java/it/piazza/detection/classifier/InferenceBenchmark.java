package it.piazza.detection.classifier;

import it.piazza.detection.AbuseClassifierTraining;
import it.piazza.detection.Fixtures;
import it.piazza.detection.ItalianTextNormalizer;
import it.piazza.detection.LabelledComment;
import it.piazza.detection.NormalizedText;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The measurement behind docs/design/003: scoring a comment with the same liblinear weights through
 * Tribuo's {@code Model.predict} (named features, an {@code Example} per comment) against Piazza's
 * bucket-indexed weight array. Both include normalisation and feature extraction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InferenceBenchmark {

    private static final int COMMENTS = 250;

    private final ItalianTextNormalizer normalizer = ItalianTextNormalizer.standard();
    private final FeatureExtractor extractor = new FeatureExtractor(Lexicon.standard());
    private List<String> comments;
    private AbuseModel piazza;
    private Model<Label> tribuo;

    @Setup
    public void train() throws IOException {
        List<LabelledComment> data = Fixtures.trainingComments();
        comments = data.stream().map(LabelledComment::text).limit(COMMENTS).toList();
        if (comments.size() != COMMENTS) {
            throw new IllegalStateException("Expected " + COMMENTS + " fixture comments, found " + comments.size());
        }
        piazza = new ModelTrainer(normalizer, Lexicon.standard())
                .train(data, "benchmark", new AbuseClassifierTraining.Options(16, 0.5, 2, 1), done -> { }).model();
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("bench", factory),
                factory);
        for (LabelledComment line : data) {
            dataset.add(example(line.text(), new Label(Integer.toString(line.label()))));
        }
        tribuo = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 16, 1000, 0.01, 1)
                .train(dataset);
    }

    private ArrayExample<Label> example(String text, Label label) {
        Features features = features(text);
        double[][] values = new double[1][];
        int[] buckets = features.distinctBuckets(values);
        String[] names = new String[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            names[i] = Integer.toString(buckets[i], Character.MAX_RADIX);
        }
        return new ArrayExample<>(label, names, values[0]);
    }

    private Features features(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        return extractor.extract(normalized.text(), normalized::isDeobfuscated);
    }

    /** Piazza's path: weights indexed by bucket, three heads and the words' contributions in one pass. */
    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void piazzaWeights(Blackhole sink) {
        for (String comment : comments) {
            sink.consume(piazza.scores(features(comment)));
        }
    }

    /** Tribuo's path: one head, named features looked up in the feature map. */
    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void tribuoPredict(Blackhole sink) {
        for (String comment : comments) {
            sink.consume(tribuo.predict(example(comment, LabelFactory.UNKNOWN_LABEL)));
        }
    }
}
