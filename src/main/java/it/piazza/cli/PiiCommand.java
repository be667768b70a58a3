package it.piazza.cli;

import it.piazza.policy.EnteAnalysisSettings;
import it.piazza.policy.Presets;
import it.piazza.detection.PersonalDataDetector;
import it.piazza.detection.PersonalDataFinding;
import it.piazza.detection.TextSpan;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code pii}: finds and redacts personal data, one JSON line per input line (docs/contracts.md). Each
 * entity carries, beyond the contract's {@code type}, {@code start}, {@code end} (code points) and
 * {@code value}, the detector's {@code confidence} and {@code reason}.
 */
@Command(name = "pii", mixinStandardHelpOptions = true, subcommands = PiiEvaluation.class,
        description = {"Finds and redacts personal data.",
            "Input: JSON Lines {\"id\", \"text\"} on standard input. Output: {\"id\", \"entities\", \"redacted\"}."})
final class PiiCommand implements Callable<Integer> {

    @Option(names = "--public-contact", paramLabel = "CONTACT",
            description = "A public contact of the ente (phone, e-mail, PEC, address) that is never personal data."
                    + " May repeat.")
    private List<String> publicContacts = new ArrayList<>();

    @Option(names = "--ente", paramLabel = "ID|FILE",
            description = "A preset id or a policy file: its official contacts are never personal data.")
    private String ente;

    @Option(names = "--moderator-view",
            description = "Keep the first and last character of each redacted value, for moderators.")
    private boolean moderatorView;

    @Override
    public Integer call() {
        return run(System.in, System.out, System.err);
    }

    /**
     * Processes JSON Lines from {@code in} to {@code out}.
     *
     * @return 0 when every line succeeded, 1 otherwise
     */
    int run(InputStream in, OutputStream out, PrintStream err) {
        List<String> contacts = new ArrayList<>(publicContacts);
        if (ente != null) {
            contacts.addAll(EnteAnalysisSettings.of(Presets.resolve(ente)).officialContacts());
        }
        PersonalDataDetector detector = PersonalDataDetector.withPublicContacts(contacts);
        return JsonLines.process(in, out, err, line -> handle(detector, line));
    }

    private ObjectNode handle(PersonalDataDetector detector, JsonNode line) {
        String text = JsonLines.requiredText(line, "text");
        List<PersonalDataFinding> findings = detector.find(text);
        ObjectNode result = JsonLines.output(line);
        ArrayNode entities = result.putArray("entities");
        for (PersonalDataFinding finding : findings) {
            TextSpan span = finding.span().toCodePoints(text);
            ObjectNode entity = entities.addObject();
            entity.put("type", finding.type().name());
            entity.put("start", span.start());
            entity.put("end", span.end());
            entity.put("value", finding.value());
            entity.put("confidence", finding.confidence());
            entity.put("reason", finding.reason());
        }
        result.put("redacted", moderatorView ? detector.redactForModerators(text) : detector.redact(text));
        return result;
    }
}
