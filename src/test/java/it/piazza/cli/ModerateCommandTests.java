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

/** The {@code moderate} command as docs/contracts.md fixes it. */
class ModerateCommandTests {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int status;

    private List<JsonNode> moderate(String ente, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        status = ModerateCommand.run(Presets.load(ente),
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().map(JsonLines.JSON::readTree).toList();
    }

    @Test
    void answersEveryLineInOrderWithTheContractFields() {
        List<JsonNode> out = moderate("roma-capitale",
                "{\"id\": \"c1\", \"text\": \"Sei un imbecille\"}",
                "{\"id\": \"c2\", \"text\": \"Grazie per l'aggiornamento!\"}");

        assertThat(out).extracting(n -> n.get("id").asString()).containsExactly("c1", "c2");
        JsonNode removed = out.getFirst();
        assertThat(removed.get("action").asString()).isEqualTo("REMOVE");
        assertThat(removed.get("categories").get(0).asString()).isEqualTo("INSULT");
        assertThat(removed.get("reasons").get(0).get("clause").asString()).contains("volgare o irrispettoso");
        assertThat(removed.get("evidence").get(0).get("text").asString()).isEqualTo("imbecille");
        assertThat(removed.has("intents")).isTrue();
        assertThat(removed.has("author_measures")).isTrue();
        assertThat(removed.has("reply")).isTrue();
        JsonNode kept = out.get(1);
        assertThat(kept.get("action").asString()).isEqualTo("KEEP");
        assertThat(kept.get("categories")).isEmpty();
        assertThat(status).isZero();
    }

    @Test
    void countsOffsetsInCodePoints() {
        JsonNode out = moderate("roma-capitale", "{\"id\": \"c1\", \"text\": \"😡😡 sei un imbecille\"}").getFirst();

        JsonNode evidence = out.get("evidence").get(0);
        assertThat(evidence.get("start").asInt()).isEqualTo(10);
        assertThat(evidence.get("end").asInt()).isEqualTo(19);
        assertThat("😡😡 sei un imbecille".codePoints().skip(10).limit(9)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo(evidence.get("text").asString());
    }

    @Test
    void keepsStateLikeTheServerSoThatRepetitionIsSpam() {
        String line = "{\"id\": \"c%d\", \"text\": \"Iscrivetevi tutti al mio canale per sapere la verità sui lavori\","
                + " \"author\": {\"id\": \"u1\"}}";

        List<JsonNode> out = moderate("roma-capitale", line.formatted(1), line.formatted(2), line.formatted(3));

        assertThat(out.getFirst().get("categories").toString()).doesNotContain("SPAM");
        assertThat(out.getLast().get("categories").toString()).contains("SPAM");
    }

    @Test
    void reportsBadLinesAndGoesOn() {
        List<JsonNode> out = moderate("mit", "non json", "{\"id\": \"c2\"}", "{\"id\": \"c3\", \"text\": \"Ok\"}");

        assertThat(out).hasSize(3);
        assertThat(out.getFirst().get("id").isNull()).isTrue();
        assertThat(out.getFirst().get("error").asString()).contains("not valid JSON");
        assertThat(out.get(1).get("id").asString()).isEqualTo("c2");
        assertThat(out.get(1).get("error").asString()).contains("\"text\"");
        assertThat(out.get(2).get("action").asString()).isEqualTo("KEEP");
        assertThat(status).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2");
    }

    @Test
    void suggestsAReplyWithTheOfficialContactForAComplaint() {
        JsonNode out = moderate("roma-capitale",
                "{\"id\": \"c1\", \"text\": \"Voglio fare reclamo: la raccolta dei rifiuti in via Tiburtina non passa da una settimana\"}")
                .getFirst();

        assertThat(out.get("intents").toString()).contains("COMPLAINT");
        assertThat(out.get("reply").asString()).contains("060606");
    }
}
