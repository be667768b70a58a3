package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class PiiCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int lastStatus;

    private List<JsonNode> run(String input, String... args) {
        PiiCommand command = new PiiCommand();
        new CommandLine(command).parseArgs(args);
        int status = command.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        lastStatus = status;
        return out.toString(StandardCharsets.UTF_8).lines().map(JsonLines.JSON::readTree).toList();
    }

    @Test
    void writesEntitiesWithCodePointOffsetsAndTheRedactedText() {
        List<JsonNode> lines = run("{\"id\": \"x\", \"text\": \"😡😡 IBAN IT60X0542811101000000123456 grazie\"}\n");
        assertThat(lastStatus).isZero();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.get("id").asString()).isEqualTo("x");
            JsonNode entity = line.get("entities").get(0);
            assertThat(entity.get("type").asString()).isEqualTo("IBAN");
            assertThat(entity.get("start").asInt()).isEqualTo(8);
            assertThat(entity.get("end").asInt()).isEqualTo(35);
            assertThat(entity.get("value").asString()).isEqualTo("IT60X0542811101000000123456");
            assertThat(entity.get("confidence").asDouble()).isGreaterThan(0.9);
            assertThat(entity.get("reason").asString()).contains("mod-97");
            assertThat(line.get("redacted").asString()).isEqualTo("😡😡 IBAN [IBAN] grazie");
        });
    }

    @Test
    void reportsBadLinesAndGoesOn() {
        List<JsonNode> lines = run("not json\n{\"id\": 2}\n{\"id\": 3, \"text\": \"niente\"}\n");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("error").asString()).contains("not valid JSON");
        assertThat(lines.get(1).get("error").asString()).contains("text");
        assertThat(lines.get(2).get("entities")).isEmpty();
        assertThat(lines.get(2).get("redacted").asString()).isEqualTo("niente");
        assertThat(lastStatus).isEqualTo(1);
    }

    @Test
    void leavesPublicContactsAlone() {
        List<JsonNode> lines = run("{\"id\": 1, \"text\": \"Chiamate lo 060606 o me al 333 123 4567\"}\n",
                "--public-contact", "060606");
        assertThat(lines.get(0).get("redacted").asString()).isEqualTo("Chiamate lo 060606 o me al [PHONE]");
    }

    @Test
    void offersTheModeratorView() {
        List<JsonNode> lines = run("{\"id\": 1, \"text\": \"tel 333 123 4567\"}\n", "--moderator-view");
        assertThat(lines.get(0).get("redacted").asString()).isEqualTo("tel 3[PHONE]7");
    }

    @Test
    void evaluatesWithTypedOverlapScores(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("cases.jsonl");
        Files.writeString(data, """
                {"id":"a","text":"CF RSSMRA45C12F205C","entities":[{"type":"CODICE_FISCALE","start":3,"end":19}]}
                {"id": "b", "text": "tel 333 123 4567", "entities": [{"type": "PARTITA_IVA", "start": 4, "end": 16}]}
                {"id": "c", "text": "nulla da segnalare", "entities": []}
                """);
        PiiEvaluation evaluation = new PiiEvaluation();
        new CommandLine(evaluation).parseArgs("--data", data.toString());
        JsonNode report = evaluation.evaluate(new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(report.get("n").asInt()).isEqualTo(3);
        assertThat(report.at("/typed/CODICE_FISCALE/f1").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/typed/PHONE/precision").asDouble()).isZero();
        assertThat(report.at("/typed/PARTITA_IVA/recall").asDouble()).isZero();
        assertThat(report.at("/micro/f1").asDouble()).isEqualTo(0.5);
        assertThat(report.at("/any_pii/f1").asDouble()).isEqualTo(1.0);
        assertThat(report.get("negatives_with_detection").asInt()).isZero();
    }

    @Test
    void isRegisteredInTheCommandLineTool() {
        assertThat(new CommandLine(PiazzaCli.class).getSubcommands()).containsKey("pii");
    }
}
