package it.piazza.cli;

import it.piazza.detection.PersonalDataDetector;
import it.piazza.detection.PersonalDataFinding;
import it.piazza.detection.TextSpan;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code pii evaluate --data FILE}: scores the detector on a labelled JSON Lines file of
 * {@code {"id", "text", "entities": [{"type", "start", "end"}]}} (offsets in code points) with the rule of
 * the external benchmark: a prediction matches a gold entity of the same type whose span it overlaps, each
 * prediction and each gold entity at most once. Prints one JSON object: per-type and micro precision,
 * recall and F1, the exact-span micro scores, the untyped any-PII scores, the negative cases with any
 * detection, and the speed (texts per wall-clock second and per CPU second of the evaluating thread: of
 * the first, cold pass, or with {@code --repeat N} of the N - 1 passes after it).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores the detector on a labelled JSON Lines file and prints one JSON object.")
final class PiiEvaluation implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled cases (JSON Lines).")
    private Path data;

    @Option(names = "--public-contact", paramLabel = "CONTACT", description = "A public contact of the ente.")
    private List<String> publicContacts = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run the detector N times over the data and time the passes after the first (warm-up);"
                    + " the scores always come from the first pass. Default: ${DEFAULT-VALUE}.")
    private int repeat;

    @Option(names = "--show-errors", description = "List every false positive and false negative on standard error.")
    private boolean showErrors;

    @Override
    public Integer call() {
        System.out.println(JsonLines.JSON.writeValueAsString(evaluate(System.err)));
        return 0;
    }

    /** Runs the evaluation and returns the report. */
    ObjectNode evaluate(PrintStream err) {
        List<Case> cases = read(data);
        PersonalDataDetector detector = PersonalDataDetector.withPublicContacts(publicContacts);
        List<List<Entity>> predictions = new ArrayList<>(cases.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpuNanos = threads.getCurrentThreadCpuTime();
        long startNanos = System.nanoTime();
        for (Case c : cases) {
            List<Entity> predicted = new ArrayList<>();
            for (PersonalDataFinding finding : detector.find(c.text())) {
                TextSpan span = finding.span().toCodePoints(c.text());
                predicted.add(new Entity(finding.type().name(), span.start(), span.end()));
            }
            predictions.add(predicted);
        }
        if (repeat > 1) {
            startCpuNanos = threads.getCurrentThreadCpuTime();
            startNanos = System.nanoTime();
            for (int pass = 1; pass < repeat; pass++) {
                for (Case c : cases) {
                    detector.find(c.text());
                }
            }
        }
        long timed = (long) cases.size() * Math.max(1, repeat - 1);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - startCpuNanos) / 1e9;
        Map<String, Counts> typed = new TreeMap<>();
        Counts micro = new Counts();
        Counts exact = new Counts();
        Counts anyPii = new Counts();
        int negatives = 0;
        int negativesHit = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<Entity> predicted = predictions.get(i);
            for (Entity e : c.gold()) {
                typed.computeIfAbsent(e.type(), t -> new Counts());
            }
            for (Entity e : predicted) {
                typed.computeIfAbsent(e.type(), t -> new Counts());
            }
            for (Map.Entry<String, Counts> entry : typed.entrySet()) {
                List<Entity> gold = c.gold().stream().filter(e -> e.type().equals(entry.getKey())).toList();
                List<Entity> pred = predicted.stream().filter(e -> e.type().equals(entry.getKey())).toList();
                int matched = match(gold, pred, false);
                entry.getValue().add(gold.size(), pred.size(), matched);
                micro.add(gold.size(), pred.size(), matched);
                exact.add(gold.size(), pred.size(), match(gold, pred, true));
            }
            int untyped = matchUntyped(c.gold(), predicted);
            anyPii.add(c.gold().size(), predicted.size(), untyped);
            if (c.gold().isEmpty()) {
                negatives++;
                if (!predicted.isEmpty()) {
                    negativesHit++;
                }
            }
            if (showErrors && (untyped != c.gold().size() || untyped != predicted.size()
                    || match(c.gold(), predicted, false) != c.gold().size())) {
                err.println(c.id() + "\t" + c.text() + "\n\tgold " + describe(c.gold(), c.text())
                        + "\n\tpred " + describe(predicted, c.text()));
            }
        }
        ObjectNode report = JsonLines.JSON.createObjectNode();
        report.put("n", cases.size());
        report.put("per_second", Math.round(timed / Math.max(seconds, 1e-9)));
        report.put("per_cpu_second", Math.round(timed / Math.max(cpuSeconds, 1e-9)));
        ObjectNode byType = report.putObject("typed");
        typed.forEach((type, counts) -> counts.write(byType.putObject(type)));
        micro.write(report.putObject("micro"));
        exact.write(report.putObject("exact_span_micro"));
        anyPii.write(report.putObject("any_pii"));
        report.put("negatives", negatives);
        report.put("negatives_with_detection", negativesHit);
        return report;
    }

    private static String describe(List<Entity> entities, String text) {
        List<String> parts = new ArrayList<>();
        for (Entity e : entities) {
            int from = text.offsetByCodePoints(0, e.start());
            int to = text.offsetByCodePoints(0, e.end());
            parts.add(e.type() + "[" + text.substring(from, to) + "]");
        }
        return parts.toString();
    }

    /** Typed matching (the caller filters by type): overlap, or identical spans when {@code exact}. */
    private static int match(List<Entity> gold, List<Entity> predicted, boolean exact) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (Entity g : gold) {
            for (int k = 0; k < predicted.size(); k++) {
                Entity p = predicted.get(k);
                boolean hit = p.type().equals(g.type())
                        && (exact ? p.start() == g.start() && p.end() == g.end() : p.overlaps(g));
                if (!used[k] && hit) {
                    used[k] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private static int matchUntyped(List<Entity> gold, List<Entity> predicted) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (Entity g : gold) {
            for (int k = 0; k < predicted.size(); k++) {
                if (!used[k] && predicted.get(k).overlaps(g)) {
                    used[k] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private static List<Case> read(Path file) {
        List<Case> cases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JsonLines.JSON.readTree(line);
                List<Entity> gold = new ArrayList<>();
                for (JsonNode e : node.path("entities")) {
                    gold.add(new Entity(e.get("type").asString(), e.get("start").asInt(), e.get("end").asInt()));
                }
                cases.add(new Case(node.path("id").asString(""), node.get("text").asString(), gold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private record Case(String id, String text, List<Entity> gold) {
    }

    private record Entity(String type, int start, int end) {

        boolean overlaps(Entity other) {
            return start < other.end && other.start < end;
        }
    }

    /** Gold, predicted and matched counts, and the scores they give. */
    private static final class Counts {
        private int gold;
        private int predicted;
        private int matched;

        void add(int goldCount, int predictedCount, int matchedCount) {
            gold += goldCount;
            predicted += predictedCount;
            matched += matchedCount;
        }

        void write(ObjectNode node) {
            double precision = predicted == 0 ? 0 : (double) matched / predicted;
            double recall = gold == 0 ? 0 : (double) matched / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            node.put("gold", gold);
            node.put("predicted", predicted);
            node.put("matched", matched);
            node.put("precision", round(precision));
            node.put("recall", round(recall));
            node.put("f1", round(f1));
        }

        private static double round(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }
}
