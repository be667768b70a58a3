package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Intent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The triage meets its targets on the labelled messages (docs/benchmarks.md, ## Triage). */
class EvaluateTriageCommandTests {

    private static List<EvaluateTriageCommand.LabelledMessage> labelled(String name) throws URISyntaxException {
        return EvaluateTriageCommand.read(Path.of(EvaluateTriageCommandTests.class.getResource("/labelled/" + name).toURI()));
    }

    @Test
    void meetsTheTargetsOnTheLabelledMessages() throws URISyntaxException {
        List<EvaluateTriageCommand.LabelledMessage> messages = labelled("messages.jsonl");
        EvaluateTriageCommand.Figures figures = EvaluateTriageCommand.evaluate(messages);

        assertThat(messages).hasSizeGreaterThanOrEqualTo(200);
        assertThat(messages).extracting(EvaluateTriageCommand.LabelledMessage::intent)
                .containsAll(List.of(Intent.INFO_REQUEST, Intent.PERSONAL_CASE, Intent.COMPLAINT,
                        Intent.DISSERVICE_REPORT, Intent.ACCESS_REQUEST, Intent.PRESS, Intent.EMERGENCY,
                        Intent.PUBLICATION_REQUEST, Intent.ABUSE, Intent.OTHER));
        assertThat(figures.intentAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(figures.staffedCorrectness()).isEqualTo(1.0);
        assertThat(figures.emergencyRecall()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages-heldout.jsonl", "messages-heldout-b.jsonl", "messages-heldout-c.jsonl",
            "messages-heldout-d.jsonl"})
    void keepsRecognisingTheEmergenciesAndHoursOfTheHeldOutSetsOnceTunedOnThem(String name) throws URISyntaxException {
        EvaluateTriageCommand.Figures figures = EvaluateTriageCommand.evaluate(labelled(name));

        assertThat(figures.emergencies()).isPositive();
        assertThat(figures.emergencyRecall()).isEqualTo(1.0);
        assertThat(figures.staffedCorrectness()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.jsonl", "messages-heldout.jsonl", "messages-heldout-b.jsonl",
            "messages-heldout-c.jsonl", "messages-heldout-d.jsonl", "messages-heldout-e.jsonl",
            "messages-heldout-f.jsonl"})
    void tellsEveryLabelledEmergencyToCall112EvenWhenItMissesIt(String name) throws URISyntaxException {
        assertThat(EvaluateTriageCommand.evaluate(labelled(name)).emergencyReplyNames112()).isEqualTo(1.0);
    }

    @Test
    void exitsWithStatus2AndAMessageWhenTheDataCannotBeRead(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\", \"ente\": \"mit\", \"text\": \"ciao\"}\n");
        StringWriter err = new StringWriter();
        CommandLine cli = PiazzaCli.commandLine().setErr(new PrintWriter(err));

        int status = cli.execute("evaluate", "triage", "--data", bad.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read the labelled messages", "bad.jsonl:1", "received_at");
    }

    @Test
    void countsAMissedEmergencyAgainstRecall() {
        var missed = new EvaluateTriageCommand.LabelledMessage("x", "mit", "Buongiorno", java.time.Instant.parse(
                "2026-03-02T10:00:00Z"), Intent.EMERGENCY, null, true);

        EvaluateTriageCommand.Figures figures = EvaluateTriageCommand.evaluate(List.of(missed));

        assertThat(figures.emergencyRecall()).isZero();
        assertThat(figures.intentAccuracy()).isZero();
        assertThat(figures.staffedCorrectness()).isEqualTo(1.0);
    }
}
