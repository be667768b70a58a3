package it.piazza.detection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * Throughput of the shipped abuse classifier on one thread, over a fixed set of the project's hand-written
 * comments (mean length 51 characters) and over the same comments joined four by four (docs/benchmarks.md, "Abuse
 * classifier").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AbuseClassifierBenchmark {

    private static final int COMMENTS = 1000;

    /**
     * A fixed set, one comment per line (mean 51 characters), so that figures stay comparable when the training
     * set grows: the first thousand comments of the first version of the project's training set.
     */
    private static final String COMMENTS_FILE = "/classifier/benchmark-comments.txt";

    private static final int LONG_COMMENTS = COMMENTS / 4;

    private AbuseClassifier classifier;
    private List<String> comments;
    private List<String> longComments;

    @Setup
    public void load() throws IOException {
        classifier = AbuseClassifier.loadDefault().orElseThrow();
        try (InputStream in = getClass().getResourceAsStream(COMMENTS_FILE)) {
            comments = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(COMMENTS).toList();
        }
        if (comments.size() != COMMENTS) {
            throw new IllegalStateException("Expected " + COMMENTS + " comments, found " + comments.size());
        }
        longComments = java.util.stream.IntStream.range(0, LONG_COMMENTS)
                .mapToObj(i -> String.join(" ", comments.subList(i * 4, i * 4 + 4)))
                .toList();
    }

    /** Scores every comment once: the score is comments per second. */
    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void score(Blackhole sink) {
        for (String comment : comments) {
            sink.consume(classifier.score(comment));
        }
    }

    /**
     * Scores comments four times as long (about 210 characters, the mean length of a HaSpeeDe 2020 test
     * tweet): the score is long comments per second.
     */
    @Benchmark
    @OperationsPerInvocation(LONG_COMMENTS)
    public void scoreLong(Blackhole sink) {
        for (String comment : longComments) {
            sink.consume(classifier.score(comment));
        }
    }

    /**
     * Cost per core on a loaded machine: the CPU time of this thread (not the wall clock) over ten rounds
     * of scoring every comment, short and long. Run with
     * {@code java -cp ... it.piazza.detection.AbuseClassifierBenchmark}.
     */
    public static void main(String[] args) throws IOException {
        AbuseClassifierBenchmark benchmark = new AbuseClassifierBenchmark();
        benchmark.load();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int round = 1; round <= 10; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int repeat = 0; repeat < 20; repeat++) {
                for (String comment : benchmark.comments) {
                    sink += benchmark.classifier.score(comment).abusive();
                }
            }
            long shortNanos = threads.getCurrentThreadCpuTime() - start;
            start = threads.getCurrentThreadCpuTime();
            for (int repeat = 0; repeat < 20; repeat++) {
                for (String comment : benchmark.longComments) {
                    sink += benchmark.classifier.score(comment).abusive();
                }
            }
            long longNanos = threads.getCurrentThreadCpuTime() - start;
            System.out.printf(java.util.Locale.ROOT,
                    "round %d: %,.0f short comments/s per core, %,.0f long comments/s per core%n", round,
                    20.0 * COMMENTS / (shortNanos / 1e9), 20.0 * LONG_COMMENTS / (longNanos / 1e9));
        }
        System.out.println(sink > 0 ? "" : "no score");
    }

    /** Normalisation alone, for comparison. */
    @Benchmark
    @OperationsPerInvocation(COMMENTS)
    public void normalize(Blackhole sink) {
        for (String comment : comments) {
            sink.consume(ItalianTextNormalizer.standard().normalize(comment));
        }
    }
}
