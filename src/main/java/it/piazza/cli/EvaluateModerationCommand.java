package it.piazza.cli;

import it.piazza.detection.Category;
import it.piazza.detection.CommentAnalyzer;
import it.piazza.detection.LabelledSetEvaluation;
import it.piazza.detection.LabelledSetEvaluation.LabelledComment;
import it.piazza.moderation.DecisionRules;
import it.piazza.moderation.Ground;
import it.piazza.policy.ContentAction;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code evaluate moderation --data FILE}: the labelled comments through the whole product path — the
 * detectors, then each comment's ente policy, with the state of a run as {@code moderate} keeps it — and
 * the figures of the decisions: per category (only categories the ente's policy names can be grounds),
 * violation recall, false positives on clean comments, criticism removed.
 */
@Command(name = "moderation", mixinStandardHelpOptions = true,
        description = "Measures the decisions (detectors + each ente's policy) on labelled comments.")
final class EvaluateModerationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "Labelled comments, JSON Lines (field ente: a preset id).")
    Path data;

    @Option(names = "--rules-only", description = "Without the trained classifier.")
    boolean rulesOnly;

    @Option(names = "--mismatches", description = "Also list every comment whose decision differs from its labels.")
    boolean mismatches;

    @Override
    public Integer call() {
        List<LabelledComment> comments;
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            comments = LabelledSetEvaluation.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CommentAnalyzer analyzer = rulesOnly ? CommentAnalyzer.rulesOnly() : CommentAnalyzer.standard();
        Map<String, ModerateCommand.Session> sessions = new HashMap<>();
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        int violations = 0, caught = 0, clean = 0, flaggedClean = 0, actedClean = 0, criticism = 0, criticismActed = 0;
        ArrayNode misses = JsonLines.JSON.createArrayNode();
        long start = System.nanoTime();
        for (LabelledComment comment : comments) {
            Policy policy = Presets.load(comment.ente());
            ModerateCommand.Session session = sessions.computeIfAbsent(comment.ente(),
                    ente -> new ModerateCommand.Session(policy, analyzer));
            var proposal = session.decide(comment.text(), comment.postText(), comment.authorId(), comment.channel(),
                    comment.createdAt());
            Set<Category> expected = comment.categories().stream()
                    .filter(c -> DecisionRules.groundFor(policy, c).isPresent())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
            Set<Category> found = proposal.grounds().stream().map(Ground::category)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
            for (Category category : Category.values()) {
                int[] c = counts.computeIfAbsent(category, k -> new int[3]);
                boolean e = expected.contains(category);
                boolean f = found.contains(category);
                c[0] += e && f ? 1 : 0;
                c[1] += !e && f ? 1 : 0;
                c[2] += e && !f ? 1 : 0;
            }
            boolean flagged = proposal.action() != ContentAction.KEEP;
            boolean acted = proposal.action() == ContentAction.REMOVE || proposal.action() == ContentAction.HIDE;
            if (!expected.isEmpty()) {
                violations++;
                caught += flagged ? 1 : 0;
            } else {
                clean++;
                flaggedClean += flagged ? 1 : 0;
                actedClean += acted ? 1 : 0;
            }
            if (comment.note().toLowerCase(Locale.ROOT).contains("critic")) {
                criticism++;
                criticismActed += acted ? 1 : 0;
            }
            if (mismatches && (!expected.equals(found))) {
                misses.addObject().put("id", comment.id()).put("ente", comment.ente()).put("text", comment.text())
                        .put("expected", expected.toString()).put("found", found.toString())
                        .put("action", proposal.action().name());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectNode root = JsonLines.JSON.createObjectNode();
        root.put("comments", comments.size());
        root.put("violations", violations);
        root.put("violation_recall", ratio(caught, violations));
        root.put("clean", clean);
        root.put("clean_flagged_rate", ratio(flaggedClean, clean));
        root.put("clean_hidden_or_removed_rate", ratio(actedClean, clean));
        root.put("criticism", criticism);
        root.put("criticism_hidden_or_removed", criticismActed);
        root.put("classifier", !rulesOnly);
        root.put("per_second", Math.round(comments.size() / seconds));
        ObjectNode categories = root.putObject("categories");
        counts.forEach((category, c) -> {
            if (c[0] + c[1] + c[2] > 0) {
                categories.putObject(category.name()).put("tp", c[0]).put("fp", c[1]).put("fn", c[2])
                        .put("precision", ratio(c[0], c[0] + c[1])).put("recall", ratio(c[0], c[0] + c[2]));
            }
        });
        if (mismatches) {
            root.set("mismatches", misses);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(JsonLines.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.flush();
        return 0;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : Math.round(1000.0 * numerator / denominator) / 1000.0;
    }
}
