package it.piazza.cli;

import it.piazza.detection.Intent;
import it.piazza.detection.MessageTriage;
import it.piazza.inbox.Triage;
import it.piazza.inbox.TriageAnswer;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code evaluate triage --data FILE}: labelled messages ({@code {"id","ente","text","received_at","intent",
 * "staffed"}}, optionally {@code "office"}) through the triage and each message's ente policy; prints intent
 * accuracy, precision and recall per intent, emergency recall, the share of emergencies whose reply names 112,
 * staffed-hours correctness and office accuracy
 * (on the messages that name an office) and the messages triaged per second (policies loaded beforehand) as one
 * JSON object.
 */
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = "Measures the inbox triage (intents, staffed hours, offices) on labelled messages.")
final class EvaluateTriageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "Labelled messages, JSON Lines (field ente: a preset id).")
    Path data;

    @Option(names = "--mismatches", description = "Also list every message whose intent, office or staffed flag differs.")
    boolean mismatches;

    @Override
    public Integer call() {
        List<LabelledMessage> messages;
        try {
            messages = read(data);
        } catch (UncheckedIOException | IllegalArgumentException | JacksonException e) {
            spec.commandLine().getErr().println("cannot read the labelled messages: " + e.getMessage());
            return 2;
        }
        Figures figures = evaluate(messages);
        ObjectNode root = figures.toJson(mismatches);
        spec.commandLine().getOut().println(root.toPrettyString());
        return 0;
    }

    /** One labelled message. */
    record LabelledMessage(String id, String ente, String text, Instant receivedAt, Intent intent,
            @Nullable String office, boolean staffed) {
    }

    /** The figures of one evaluation. */
    record Figures(int n, int intentCorrect, int staffedCorrect, int emergencies, int emergenciesFound,
            int emergenciesTold112,
            int officeLabelled, int officeCorrect, Map<Intent, int[]> counts, double perSecond, ArrayNode misses) {

        double intentAccuracy() {
            return n == 0 ? 0 : (double) intentCorrect / n;
        }

        double staffedCorrectness() {
            return n == 0 ? 0 : (double) staffedCorrect / n;
        }

        double emergencyRecall() {
            return emergencies == 0 ? 1 : (double) emergenciesFound / emergencies;
        }

        double emergencyReplyNames112() {
            return emergencies == 0 ? 1 : (double) emergenciesTold112 / emergencies;
        }

        ObjectNode toJson(boolean withMisses) {
            ObjectNode root = JsonLines.JSON.createObjectNode();
            root.put("n", n);
            root.put("intent_accuracy", round(intentAccuracy()));
            root.put("staffed_correctness", round(staffedCorrectness()));
            root.put("emergency_recall", round(emergencyRecall()));
            root.put("emergencies", emergencies);
            root.put("emergency_reply_names_112", round(emergencyReplyNames112()));
            root.put("office_accuracy", officeLabelled == 0 ? 0 : round((double) officeCorrect / officeLabelled));
            root.put("office_labelled", officeLabelled);
            ObjectNode perIntent = root.putObject("per_intent");
            counts.forEach((intent, c) -> {
                int tp = c[0], fp = c[1], fn = c[2];
                perIntent.putObject(intent.name()).put("support", tp + fn)
                        .put("precision", tp + fp == 0 ? 0 : round((double) tp / (tp + fp)))
                        .put("recall", tp + fn == 0 ? 0 : round((double) tp / (tp + fn)));
            });
            root.put("per_second", Math.round(perSecond));
            if (withMisses) {
                root.set("mismatches", misses);
            }
            return root;
        }
    }

    /**
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException naming the line of a message with a missing or invalid field
     * @throws JacksonException when a line is not JSON
     */
    static List<LabelledMessage> read(Path file) {
        return EvaluateCommand.labelled(file, line -> new LabelledMessage(JsonLines.requiredText(line, "id"),
                JsonLines.requiredText(line, "ente"), JsonLines.requiredText(line, "text"),
                OffsetDateTime.parse(JsonLines.requiredText(line, "received_at")).toInstant(),
                Intent.valueOf(JsonLines.requiredText(line, "intent")),
                JsonLines.optionalText(line, "office"), line.required("staffed").asBoolean()));
    }

    static Figures evaluate(List<LabelledMessage> messages) {
        MessageTriage classifier = MessageTriage.standard();
        Triage triage = Triage.italian();
        Map<Intent, int[]> counts = new EnumMap<>(Intent.class);
        int intentCorrect = 0, staffedCorrect = 0, emergencies = 0, found = 0, told112 = 0;
        int officeLabelled = 0, officeCorrect = 0;
        ArrayNode misses = JsonLines.JSON.createArrayNode();
        Map<String, Policy> policies = new HashMap<>();
        messages.forEach(m -> policies.computeIfAbsent(m.ente(), Presets::load));
        long start = System.nanoTime();
        for (LabelledMessage m : messages) {
            Policy policy = policies.get(m.ente());
            TriageAnswer answer = triage.answer(policy, classifier.classify(m.text()), m.receivedAt());
            Intent got = answer.intent();
            intentCorrect += got == m.intent() ? 1 : 0;
            staffedCorrect += answer.staffed() == m.staffed() ? 1 : 0;
            if (m.intent() == Intent.EMERGENCY) {
                emergencies++;
                found += got == Intent.EMERGENCY ? 1 : 0;
                told112 += answer.reply().contains("112") ? 1 : 0;
            }
            boolean officeOk = m.office() == null || m.office().equals(answer.office());
            if (m.office() != null) {
                officeLabelled++;
                officeCorrect += officeOk ? 1 : 0;
            }
            counts.computeIfAbsent(m.intent(), k -> new int[3]);
            counts.computeIfAbsent(got, k -> new int[3]);
            if (got == m.intent()) {
                counts.get(got)[0]++;
            } else {
                counts.get(got)[1]++;
                counts.get(m.intent())[2]++;
            }
            if (got != m.intent() || answer.staffed() != m.staffed() || !officeOk) {
                misses.addObject().put("id", m.id()).put("ente", m.ente()).put("text", m.text())
                        .put("expected", m.intent().name()).put("found", got.name())
                        .put("expected_office", m.office()).put("office", answer.office())
                        .put("expected_staffed", m.staffed()).put("staffed", answer.staffed())
                        .put("reasons", String.join("; ", answer.classification().reasons()));
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        return new Figures(messages.size(), intentCorrect, staffedCorrect, emergencies, found, told112, officeLabelled,
                officeCorrect, counts, messages.size() / seconds, misses);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
