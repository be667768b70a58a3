package it.piazza.cli;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentAnalyzer;
import it.piazza.detection.LabelledSetEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code piazza evaluate comments --data FILE}: runs the comment analyzer on a labelled JSON Lines file (see
 * {@link LabelledSetEvaluation}) and prints precision, recall and F1 per category and intent, violation
 * recall, the false-positive rate on clean comments and the hard negatives flagged, as one JSON document.
 */
@Command(name = "comments", mixinStandardHelpOptions = true,
        description = "Measures the comment detectors on a labelled JSON Lines file.")
final class EvaluateCommentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "Labelled comments, JSON Lines.")
    Path data;

    @Option(names = "--settings", description = "Per-ente analysis settings, JSON object keyed by ente id.")
    @Nullable Path settings;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Score from which a finding counts, as Analysis.DEFAULT_THRESHOLD (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--skip-categories", split = ",",
            description = "Categories left out of every figure, e.g. PERSONAL_DATA,MINORS when their detector is not part of the analyzer.")
    @Nullable List<Category> skipped;

    @Option(names = "--mismatches", description = "Also print every comment where labels and findings differ.")
    boolean mismatches;

    @Override
    public Integer call() {
        List<LabelledSetEvaluation.LabelledComment> comments;
        Map<String, AnalysisSettings> perEnte = Map.of();
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            comments = LabelledSetEvaluation.read(reader);
            if (settings != null) {
                try (Reader s = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                    perEnte = LabelledSetEvaluation.readSettings(s);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | JacksonException e) {
            spec.commandLine().getErr().println("cannot read the labelled data: " + e.getMessage());
            return 2;
        }
        Set<Category> notEvaluated = skipped == null || skipped.isEmpty() ? Set.of() : EnumSet.copyOf(skipped);
        long start = System.nanoTime();
        LabelledSetEvaluation.Report report = LabelledSetEvaluation.evaluate(CommentAnalyzer.standard(), comments,
                perEnte, threshold, notEvaluated);
        spec.commandLine().getErr().printf("evaluated %d comments in %d ms%n", comments.size(),
                (System.nanoTime() - start) / 1_000_000);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(JsonLines.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report)));
        return 0;
    }

    private ObjectNode toJson(LabelledSetEvaluation.Report r) {
        ObjectNode root = JsonLines.JSON.createObjectNode();
        root.put("data", data.toString());
        root.put("threshold", threshold);
        root.put("comments", r.comments());
        root.put("violations", r.violations());
        root.put("clean", r.clean());
        root.put("hard_negatives", r.hardNegatives());
        root.put("violation_recall", r.violationRecall());
        root.put("clean_false_positive_rate", r.cleanFalsePositiveRate());
        root.put("hard_negatives_flagged", r.hardNegativesFlagged());
        root.put("criticism_flagged", r.criticismFlagged());
        root.putPOJO("not_evaluated", r.notEvaluated());
        ObjectNode categories = root.putObject("categories");
        r.categories().forEach((c, s) -> score(categories.putObject(c.name()), s));
        ObjectNode intents = root.putObject("intents");
        r.intents().forEach((i, s) -> score(intents.putObject(i.name()), s));
        if (mismatches) {
            var list = root.putArray("mismatches");
            for (LabelledSetEvaluation.Mismatch m : r.mismatches()) {
                ObjectNode n = list.addObject();
                n.put("id", m.id());
                n.putPOJO("expected", m.expected());
                n.putPOJO("found", m.found());
                n.putPOJO("expected_intents", m.expectedIntents());
                n.putPOJO("found_intents", m.foundIntents());
                n.put("text", m.text());
                n.put("note", m.note());
            }
        }
        return root;
    }

    private static void score(ObjectNode node, LabelledSetEvaluation.Score s) {
        node.put("support", s.support());
        node.put("tp", s.truePositives());
        node.put("fp", s.falsePositives());
        node.put("fn", s.falseNegatives());
        node.put("precision", round(s.precision()));
        node.put("recall", round(s.recall()));
        node.put("f1", round(s.f1()));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
