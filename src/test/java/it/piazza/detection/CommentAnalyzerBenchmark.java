package it.piazza.detection;

import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of {@link CommentAnalyzer#analyze} on one thread, cycling through the realistic comments of
 * the labelled set (with their posts and settings), for three pipelines: the built-in detectors, plus the
 * personal-data detector, plus the trained classifier (the moderation engine's default).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<test classpath> it.piazza.detection.CommentAnalyzerBenchmark}
 * (add {@code cpu-time} for CPU time per comment instead).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CommentAnalyzerBenchmark {

    /** {@code rules}: built-in detectors; {@code rules+pii}: and personal data; {@code standard}: and the classifier. */
    @Param({"rules", "rules+pii", "standard"})
    public String pipeline = "standard";

    private CommentAnalyzer analyzer;
    private List<CommentToAnalyze> comments;
    private List<AnalysisSettings> settings;
    private int next;

    /** Loads the analyzer and the comments once. */
    @Setup
    public void load() throws Exception {
        analyzer = switch (pipeline) {
            case "rules" -> CommentAnalyzer.create();
            case "rules+pii" -> CommentAnalyzer.rulesOnly();
            default -> CommentAnalyzer.standard();
        };
        List<LabelledSetEvaluation.LabelledComment> labelled;
        Map<String, AnalysisSettings> perEnte;
        try (Reader data = resource("/labelled/comments.jsonl"); Reader s = resource("/labelled/settings.json")) {
            labelled = LabelledSetEvaluation.read(data);
            perEnte = LabelledSetEvaluation.readSettings(s);
        }
        comments = labelled.stream().map(c -> new CommentToAnalyze(c.text(), c.postText(), c.authorId(), c.channel(),
                c.createdAt(), List.of())).toList();
        settings = labelled.stream().map(c -> perEnte.getOrDefault(c.ente(), AnalysisSettings.defaults())).toList();
    }

    /** Analyses the next comment. */
    @Benchmark
    public Analysis analyze() {
        int i = next;
        next = (i + 1) % comments.size();
        return analyzer.analyze(comments.get(i), settings.get(i));
    }

    private static Reader resource(String name) {
        return new InputStreamReader(Objects.requireNonNull(CommentAnalyzerBenchmark.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8);
    }

    /**
     * Runs this benchmark with the annotated settings; with the argument {@code cpu-time}, measures instead
     * the CPU time of the benchmark thread per comment over ten rounds of 100 passes on the set, which on a
     * shared machine says more about the cost per core than wall-clock throughput does.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("cpu-time")) {
            cpuTime();
        } else {
            new Runner(new OptionsBuilder().include(CommentAnalyzerBenchmark.class.getName()).build()).run();
        }
    }

    private static void cpuTime() throws Exception {
        CommentAnalyzerBenchmark b = new CommentAnalyzerBenchmark();
        b.load();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int perRound = 100 * b.comments.size();
        for (int round = 1; round <= 10; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int found = 0;
            for (int i = 0; i < perRound; i++) {
                found += b.analyze().findings().size();
            }
            double perComment = (threads.getCurrentThreadCpuTime() - start) / 1e3 / perRound;
            System.out.printf("round %d: %d comments, %.1f us CPU per comment, %.0f comments/s per core (%d findings)%n",
                    round, perRound, perComment, 1e6 / perComment, found);
        }
    }
}
