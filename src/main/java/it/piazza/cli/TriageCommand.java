package it.piazza.cli;

import it.piazza.detection.MessageTriage;
import it.piazza.detection.TextSpan;
import it.piazza.detection.TriageResult;
import it.piazza.inbox.Triage;
import it.piazza.inbox.TriageAnswer;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code triage --ente ID|FILE}: routes private messages and public requests by the ente's policy
 * (docs/contracts.md). Input lines {@code {"id","text","channel","received_at"}}; output lines
 * {@code {"id","intent","office","staffed","next_staffed_at","reply"}} plus {@code confidence}, {@code topic},
 * {@code automatic}, {@code evidence} (Unicode code point offsets) and {@code reasons}.
 */
@Command(name = "triage", description = "Route private messages and public requests (JSON Lines in, JSON Lines out).")
final class TriageCommand implements Callable<Integer> {

    /** ISO 8601 with seconds always written, as docs/contracts.md shows: 2026-03-03T09:00:00+01:00. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    @Option(names = "--ente", required = true, description = "a preset id or a policy file")
    String ente;

    @Override
    public Integer call() {
        return run(Presets.resolve(ente), System.in, System.out, System.err);
    }

    static int run(Policy policy, InputStream in, OutputStream out, PrintStream err) {
        MessageTriage classifier = MessageTriage.standard();
        Triage triage = Triage.italian();
        return JsonLines.process(in, out, err, line -> {
            String text = JsonLines.requiredText(line, "text");
            String channel = JsonLines.optionalText(line, "channel");
            if (channel != null && !channel.equals("dm") && !channel.equals("comment")) {
                throw new JsonLines.InvalidLine("field \"channel\" must be \"dm\" or \"comment\": \"" + channel + "\"");
            }
            Instant receivedAt = receivedAt(line);
            return output(line, text, triage.answer(policy, classifier.classify(text), receivedAt));
        });
    }

    private static Instant receivedAt(JsonNode line) {
        String value = JsonLines.requiredText(line, "received_at");
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new JsonLines.InvalidLine("field \"received_at\" is not an ISO date-time with offset, e.g. "
                    + "2026-03-02T19:40:00+01:00: \"" + value + "\"");
        }
    }

    private static ObjectNode output(JsonNode line, String text, TriageAnswer answer) {
        TriageResult classification = answer.classification();
        ObjectNode result = JsonLines.output(line);
        result.put("intent", answer.intent().name());
        result.put("office", answer.office());
        result.put("staffed", answer.staffed());
        if (answer.nextStaffedAt() == null) {
            result.putNull("next_staffed_at");
        } else {
            result.put("next_staffed_at", ISO.format(answer.nextStaffedAt()));
        }
        result.put("reply", answer.sent());
        result.put("confidence", classification.confidence());
        if (classification.topic() == null) {
            result.putNull("topic");
        } else {
            result.put("topic", classification.topic().name());
        }
        result.put("automatic", answer.automatic());
        ArrayNode evidence = result.putArray("evidence");
        for (TextSpan span : classification.evidence()) {
            TextSpan points = span.toCodePoints(text);
            evidence.addObject().put("start", points.start()).put("end", points.end()).put("text", span.of(text));
        }
        ArrayNode reasons = result.putArray("reasons");
        classification.reasons().forEach(reasons::add);
        return result;
    }
}
