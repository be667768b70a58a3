package it.piazza.cli;

import it.piazza.inbox.FaqAssistant;
import it.piazza.inbox.FaqMatch;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code evaluate faq --data FILE}: labelled questions ({@code {"id","ente","text","expected"}}, where
 * {@code expected} is the id of the entry of the ente's bundled FAQ that answers it, or null when the FAQ does
 * not) through the assistant's retrieval; prints as one JSON object how many answerable questions got the right
 * entry, a wrong one or none (a handover), how many unanswerable ones were rightly handed over, the precision of
 * the answers given and the top-1 retrieval accuracy before the assistant's coverage threshold.
 */
@Command(name = "faq", mixinStandardHelpOptions = true,
        description = "Measures the FAQ assistant's answers on labelled questions.")
final class EvaluateFaqCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "Labelled questions, JSON Lines (field ente: a preset id).")
    Path data;

    @Option(names = "--mismatches", description = "Also list every question answered wrongly or handed over wrongly.")
    boolean mismatches;

    /** One labelled question. */
    record LabelledQuestion(String id, String ente, String text, @Nullable String expected) {
    }

    @Override
    public Integer call() {
        List<LabelledQuestion> questions;
        try {
            questions = read(data);
        } catch (UncheckedIOException | IllegalArgumentException | JacksonException e) {
            spec.commandLine().getErr().println("cannot read the labelled questions: " + e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println(evaluate(questions, FaqAssistant.bundled(), mismatches).toPrettyString());
        return 0;
    }

    static ObjectNode evaluate(List<LabelledQuestion> questions, FaqAssistant assistant, boolean withMismatches) {
        int answerable = 0;
        int right = 0;
        int wrong = 0;
        int handedOver = 0;
        int unanswerable = 0;
        int rightlyHandedOver = 0;
        int retrievedRight = 0;
        ArrayNode misses = JsonLines.JSON.createArrayNode();
        for (LabelledQuestion q : questions) {
            List<FaqMatch> top = assistant.search(q.ente(), q.text(), 1);
            String given = FaqAssistant.answerable(top).map(m -> m.entry().id()).orElse(null);
            if (q.expected() == null) {
                unanswerable++;
                if (given == null) {
                    rightlyHandedOver++;
                }
            } else {
                answerable++;
                if (!top.isEmpty() && top.getFirst().entry().id().equals(q.expected())) {
                    retrievedRight++;
                }
                if (given == null) {
                    handedOver++;
                } else if (given.equals(q.expected())) {
                    right++;
                } else {
                    wrong++;
                }
            }
            boolean correct = q.expected() == null ? given == null : q.expected().equals(given);
            if (!correct) {
                ObjectNode miss = misses.addObject();
                miss.put("id", q.id());
                miss.put("text", q.text());
                miss.put("expected", q.expected());
                miss.put("given", given);
                top.stream().findFirst().ifPresent(m -> {
                    miss.put("top", m.entry().id());
                    miss.put("coverage", Math.round(m.coverage() * 100) / 100.0);
                });
            }
        }
        ObjectNode root = JsonLines.JSON.createObjectNode();
        root.put("questions", questions.size());
        root.put("answerable", answerable);
        root.put("answered_right", right);
        root.put("answered_wrong", wrong);
        root.put("handed_over_answerable", handedOver);
        root.put("unanswerable", unanswerable);
        root.put("unanswerable_handed_over", rightlyHandedOver);
        root.put("answer_accuracy", ratio(right, answerable));
        root.put("answer_precision", ratio(right, right + wrong + (unanswerable - rightlyHandedOver)));
        root.put("handover_correctness", ratio(rightlyHandedOver, unanswerable));
        root.put("top1_retrieval_accuracy", ratio(retrievedRight, answerable));
        root.put("min_coverage", FaqAssistant.MIN_COVERAGE);
        if (withMismatches) {
            root.set("mismatches", misses);
        }
        return root;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : Math.round(1000.0 * a / b) / 1000.0;
    }

    static List<LabelledQuestion> read(Path file) {
        return EvaluateCommand.labelled(file, line -> new LabelledQuestion(JsonLines.requiredText(line, "id"),
                JsonLines.requiredText(line, "ente"), JsonLines.requiredText(line, "text"),
                JsonLines.optionalText(line, "expected")));
    }
}
