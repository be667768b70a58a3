package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The {@code triage} command as docs/contracts.md fixes it. */
class TriageCommandTests {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int status;

    private List<JsonNode> triage(String ente, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        status = TriageCommand.run(Presets.load(ente),
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().map(JsonLines.JSON::readTree).toList();
    }

    @Test
    void answersWithTheContractFields() {
        JsonNode out = triage("roma-capitale", """
                {"id": "m1", "text": "Vorrei fare un reclamo formale sull'ufficio tributi", "channel": "dm", "received_at": "2026-03-02T19:40:00+01:00"}""")
                .getFirst();

        assertThat(out.get("id").asString()).isEqualTo("m1");
        assertThat(out.get("intent").asString()).isEqualTo("COMPLAINT");
        assertThat(out.get("office").asString()).isEqualTo("URP");
        assertThat(out.get("staffed").asBoolean()).isFalse();
        assertThat(out.get("next_staffed_at").asString()).isEqualTo("2026-03-03T09:00:00+01:00");
        assertThat(out.get("reply").asString()).contains("martedì 3 marzo 2026 alle 9:00", "ChiamaRoma 060606");
        assertThat(out.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(out.get("topic").asString()).isEqualTo("TAXES");
        assertThat(out.get("reasons")).isNotEmpty();
        assertThat(status).isZero();
    }

    @Test
    void answersAnEmergencyOnChristmasNight() {
        JsonNode out = triage("comune-massa", """
                {"id": "e1", "text": "C'è un incendio in via Roma!", "channel": "comment", "received_at": "2026-12-25T03:00:00+01:00"}""")
                .getFirst();

        assertThat(out.get("intent").asString()).isEqualTo("EMERGENCY");
        assertThat(out.get("staffed").asBoolean()).isFalse();
        assertThat(out.get("reply").asString()).contains("112");
        assertThat(out.get("next_staffed_at").asString()).isEqualTo("2026-12-28T09:00:00+01:00");
    }

    @Test
    void countsEvidenceOffsetsInCodePoints() {
        String text = "😡😡 segnalo una buca";
        JsonNode out = triage("comune-massa", "{\"id\": \"m1\", \"text\": \"" + text
                + "\", \"received_at\": \"2026-03-02T10:00:00+01:00\"}").getFirst();

        JsonNode first = out.get("evidence").get(0);
        assertThat(first.get("text").asString()).isEqualTo("segnalo");
        assertThat(first.get("start").asInt()).isEqualTo(3);
        assertThat(first.get("end").asInt()).isEqualTo(10);
    }

    @Test
    void reportsBadLinesAndGoesOn() {
        List<JsonNode> out = triage("mit",
                "{\"id\": \"a\", \"text\": \"Grazie\"}",
                "not json",
                "{\"id\": \"b\", \"text\": \"Grazie\", \"received_at\": \"ieri sera\"}",
                "{\"id\": \"c\", \"text\": \"Grazie\", \"channel\": \"email\", \"received_at\": \"2026-03-02T10:00:00+01:00\"}",
                "{\"id\": \"d\", \"text\": \"Grazie\", \"received_at\": \"2026-03-02T10:00:00+01:00\"}");

        assertThat(out).hasSize(5);
        assertThat(out.get(0).get("error").asString()).contains("received_at");
        assertThat(out.get(1).get("error").asString()).contains("not valid JSON");
        assertThat(out.get(2).get("error").asString()).contains("ISO date-time");
        assertThat(out.get(3).get("error").asString()).contains("\"dm\" or \"comment\"");
        assertThat(out.get(4).get("intent").asString()).isEqualTo("OTHER");
        assertThat(out.get(4).get("staffed").asBoolean()).isTrue();
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2");
    }
}
