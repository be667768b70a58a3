package it.piazza.cli;

import it.piazza.detection.AbuseClassifier;
import it.piazza.detection.AbuseClassifierTraining;
import it.piazza.detection.AbuseQuestion;
import it.piazza.detection.AbuseScores;
import it.piazza.detection.BinaryMetrics;
import it.piazza.detection.LabelledComment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code model}: trains, evaluates and cross-evaluates the abuse classifier (docs/contracts.md). Training
 * lines are {@code {"id", "text", "label"}} with an optional {@code "category"} (the moderation export).
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Train and measure the abusive-language classifier.",
        subcommands = {ModelCommand.Train.class, ModelCommand.Evaluate.class, ModelCommand.CrossEval.class,
                ModelExportCommand.class})
final class ModelCommand {

    /** Options shared by the commands that train. */
    static final class TrainingOptions {
        @Option(names = "--cost", description = "Regularisation: liblinear's C (default: ${DEFAULT-VALUE}).")
        double cost = AbuseClassifierTraining.Options.DEFAULT.cost();

        @Option(names = "--smoothing",
                description = "Smoothing of the naive-Bayes feature scaling (default: ${DEFAULT-VALUE}).")
        double smoothing = AbuseClassifierTraining.Options.DEFAULT.smoothing();

        @Option(names = "--folds", description = "Cross-validation folds for calibration (default: ${DEFAULT-VALUE}).")
        int folds = AbuseClassifierTraining.Options.DEFAULT.folds();

        @Option(names = "--seed", description = "Seed of folds and solver (default: ${DEFAULT-VALUE}).")
        long seed = AbuseClassifierTraining.Options.DEFAULT.seed();

        AbuseClassifierTraining.Options options() {
            return new AbuseClassifierTraining.Options(cost, smoothing, folds, seed);
        }
    }

    /** Options shared by the commands that measure. */
    static final class MeasureOptions {
        @Option(names = "--head",
                description = "Question that decides: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        AbuseQuestion head = AbuseQuestion.ABUSIVE;

        @Option(names = "--groups", description = "JSON Lines {\"id\", \"label\"} assigning test lines to groups"
                + " (e.g. HateCheck functionalities): adds per-group accuracy.")
        @Nullable Path groups;
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train a model from labelled JSON Lines; prints the cross-validated figures.")
    static final class Train extends Step {
        @Option(names = "--data", required = true, description = "Labelled JSON Lines file (repeatable).")
        List<Path> data;

        @Option(names = "--out", required = true, description = "Model file to write.")
        Path out;

        @Mixin
        TrainingOptions training = new TrainingOptions();

        @Override
        int execute() throws IOException {
            List<LabelledComment> lines = readAll(data);
            AbuseClassifierTraining.Trained result = train(lines, data, training, System.err);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                result.classifier().writeTo(file);
            }
            ObjectNode report = JsonLines.JSON.createObjectNode();
            report.put("lines", lines.size());
            report.put("model", out.toString());
            ObjectNode heads = report.putObject("cross_validation");
            for (AbuseClassifierTraining.HeadReport head : result.reports()) {
                ObjectNode h = heads.putObject(head.question().name().toLowerCase(Locale.ROOT));
                h.put("n", head.lines());
                h.put("positives", head.positives());
                h.put("macro_f1", round(head.outOfFold().macroF1()));
                h.put("threshold", head.threshold());
            }
            System.out.println(JsonLines.JSON.writeValueAsString(report));
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Measure a model on labelled JSON Lines: one JSON object with macro-F1, per-class F1,"
                    + " accuracy, speed.")
    static final class Evaluate extends Step {
        @Option(names = "--model", required = true, description = "Model file.")
        Path model;

        @Option(names = "--data", required = true, description = "Labelled JSON Lines file.")
        Path data;

        @Mixin
        MeasureOptions measure = new MeasureOptions();

        @Override
        int execute() throws IOException {
            AbuseClassifier classifier;
            try {
                classifier = AbuseClassifier.load(model);
            } catch (AbuseClassifier.InvalidModelException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            System.out.println(JsonLines.JSON.writeValueAsString(
                    measure(classifier, readAll(List.of(data)), measure)));
            return 0;
        }
    }

    @Command(name = "cross-eval", mixinStandardHelpOptions = true,
            description = "Train afresh on the --train files and measure on the --test file (same object as evaluate).")
    static final class CrossEval extends Step {
        @Option(names = "--train", required = true, description = "Labelled JSON Lines training file (repeatable).")
        List<Path> train;

        @Option(names = "--test", required = true, description = "Labelled JSON Lines test file.")
        Path test;

        @Mixin
        TrainingOptions training = new TrainingOptions();

        @Mixin
        MeasureOptions measure = new MeasureOptions();

        @Override
        int execute() throws IOException {
            List<LabelledComment> testLines = readAll(List.of(test));
            AbuseClassifierTraining.Trained result = train(readAll(train), train, training, System.err);
            AbuseClassifier classifier = result.classifier();
            System.out.println(JsonLines.JSON.writeValueAsString(measure(classifier, testLines, measure)));
            return 0;
        }
    }

    private ModelCommand() {
    }

    /** A subcommand whose data and file errors end the run with their message, not a stack trace. */
    abstract static class Step implements Callable<Integer> {

        abstract int execute() throws IOException;

        @Override
        public Integer call() {
            try {
                return execute();
            } catch (java.nio.file.NoSuchFileException e) {
                System.err.println("model: no such file: " + e.getMessage());
                return 2;
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                System.err.println("model: " + e.getMessage());
                return 2;
            }
        }
    }

    private static AbuseClassifierTraining.Trained train(List<LabelledComment> lines, List<Path> files,
            TrainingOptions training, PrintStream err) {
        AbuseClassifierTraining.Options options = training.options();
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        long positives = lines.stream().filter(l -> l.label() == 1).count();
        String description = String.format(Locale.ROOT,
                "Trained on %d lines (%d abusive) from %s; NB-scaled liblinear L2 logistic regression, C=%s,"
                        + " smoothing %s, %d-fold calibration, seed %d",
                lines.size(), positives, String.join(", ", names), options.cost(), options.smoothing(),
                options.folds(), options.seed());
        Progress progress = new Progress(err, "fits", options.fits());
        AbuseClassifierTraining.Trained result = AbuseClassifierTraining.train(lines, description, options,
                done -> progress.tick());
        progress.done();
        for (AbuseClassifierTraining.HeadReport report : result.reports()) {
            err.printf(Locale.ROOT, "%s: %d lines, %d positive, cross-validated macro-F1 %.4f at threshold %.2f%n",
                    report.question(), report.lines(), report.positives(), report.outOfFold().macroF1(),
                    report.threshold());
        }
        return result;
    }

    private static ObjectNode measure(AbuseClassifier classifier, List<LabelledComment> lines,
            MeasureOptions options) throws IOException {
        AbuseQuestion question = options.head;
        int[] gold = new int[lines.size()];
        int[] predicted = new int[lines.size()];
        AbuseScores[] scores = new AbuseScores[lines.size()];
        long start = System.nanoTime();
        for (int i = 0; i < lines.size(); i++) {
            scores[i] = classifier.score(lines.get(i).text());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double threshold = classifier.threshold(question);
        for (int i = 0; i < lines.size(); i++) {
            gold[i] = lines.get(i).label();
            double p = switch (question) {
                case ABUSIVE -> scores[i].abusive();
                case INSULT -> scores[i].insult();
                case HATE -> scores[i].hate();
            };
            predicted[i] = p >= threshold ? 1 : 0;
        }
        BinaryMetrics metrics = BinaryMetrics.of(gold, predicted);
        ObjectNode result = JsonLines.JSON.createObjectNode();
        result.put("n", metrics.n());
        result.put("macro_f1", round(metrics.macroF1()));
        ObjectNode f1 = result.putObject("f1");
        f1.put("0", round(metrics.f1Negative()));
        f1.put("1", round(metrics.f1Positive()));
        result.put("accuracy", round(metrics.accuracy()));
        result.put("per_second", Math.round(lines.size() / Math.max(seconds, 1e-9)));
        Path groups = options.groups;
        if (groups != null) {
            result.set("groups", groups(groups, lines, gold, predicted));
        }
        return result;
    }

    private static ObjectNode groups(Path file, List<LabelledComment> lines, int[] gold, int[] predicted)
            throws IOException {
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (JsonNode node : readNodes(file)) {
            groupOf.put(node.path("id").asString(), node.path("label").asString());
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String group = groupOf.get(lines.get(i).id());
            if (group != null) {
                int[] c = counts.computeIfAbsent(group, g -> new int[3]);
                c[0]++;
                c[1] += gold[i] == predicted[i] ? 1 : 0;
                c[2] += predicted[i];
            }
        }
        ObjectNode result = JsonLines.JSON.createObjectNode();
        counts.forEach((group, c) -> {
            ObjectNode g = result.putObject(group);
            g.put("n", c[0]);
            g.put("accuracy", round((double) c[1] / c[0]));
            g.put("flagged", c[2]);
        });
        return result;
    }

    /** Reads labelled lines; a malformed line stops the run with its file and line number. */
    static List<LabelledComment> readAll(List<Path> files) throws IOException {
        List<LabelledComment> lines = new ArrayList<>();
        for (Path file : files) {
            int number = 0;
            for (JsonNode node : readNodes(file)) {
                number++;
                try {
                    lines.add(labelled(node));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ", record " + number + ": " + e.getMessage(), e);
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("No labelled lines in " + files);
        }
        return lines;
    }

    private static LabelledComment labelled(JsonNode node) {
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        JsonNode label = node.get("label");
        if (text == null || !text.isString()) {
            throw new IllegalArgumentException("missing string field \"text\"");
        }
        if (label == null || label.isNull()) {
            throw new IllegalArgumentException("missing field \"label\" (0 or 1)");
        }
        int value;
        if (label.isBoolean()) {
            value = label.asBoolean() ? 1 : 0;
        } else if (label.isNumber() || label.isString()) {
            value = switch (label.asString().strip()) {
                case "0" -> 0;
                case "1" -> 1;
                default -> throw new IllegalArgumentException("label must be 0 or 1, found " + label);
            };
        } else {
            throw new IllegalArgumentException("label must be 0 or 1, found " + label);
        }
        JsonNode category = node.get("category");
        String code = category == null || category.isNull() ? null
                : category.asString().strip().toUpperCase(Locale.ROOT);
        return new LabelledComment(id == null ? "" : id.asString(), text.asString(), value, code);
    }

    private static List<JsonNode> readNodes(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    nodes.add(JsonLines.JSON.readTree(line));
                } catch (JacksonException e) {
                    throw new IllegalArgumentException(file + ", line " + number + " is not valid JSON: "
                            + e.getOriginalMessage(), e);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return nodes;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
