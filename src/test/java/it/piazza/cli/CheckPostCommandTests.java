package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.piazza.policy.ElectoralPeriod;
import it.piazza.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** The {@code check-post} command as docs/contracts.md fixes it. */
class CheckPostCommandTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int status;

    private List<JsonNode> check(String ente, List<ElectoralPeriod> periods, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        status = CheckPostCommand.run(Presets.load(ente), periods, TODAY,
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().map(JsonLines.JSON::readTree).toList();
    }

    @Test
    void answersTheContractExampleWithItsKeysInOrder() {
        JsonNode out = check("comune-massa", List.of(CheckPostCommand.period("2027-04-10/2027-05-26")), """
                {"id": "d1", "text": "Sabato festa della musica in piazza Aranci. Vi aspettiamo!", "images": [{"alt": "", "attestations": ["NO_MINORS"]}], "kind": "event", "scheduled_at": "2027-05-12T10:00:00+02:00"}""")
                .getFirst();

        assertThat(out.propertyNames()).containsExactly("id", "publishable", "gulpease", "findings");
        assertThat(out.get("id").asString()).isEqualTo("d1");
        assertThat(out.get("publishable").asBoolean()).isFalse();
        assertThat(out.get("gulpease").isNumber()).isTrue();
        assertThat(out.get("findings")).extracting(f -> f.get("code").asString())
                .containsExactly("PAR_CONDICIO", "ALT_TEXT_MISSING");
        JsonNode first = out.get("findings").get(0);
        assertThat(first.propertyNames()).containsExactly("code", "severity", "message");
        assertThat(first.get("severity").asString()).isEqualTo("BLOCK");
        assertThat(first.get("message").asString()).contains("par condicio", "periodo elettorale indicato nel controllo");
        assertThat(status).isZero();
    }

    @Test
    void roundsGulpeaseToOneDecimalAndPublishesAPlainDraft() {
        List<JsonNode> out = check("roma-capitale", List.of(), """
                {"id": "d2", "text": "Si comunica che, nelle more dell'espletamento delle procedure di verifica, l'ufficio provvederà alla corresponsione degli emolumenti spettanti a decorrere dal mese successivo.", "kind": "news"}""",
                """
                {"id": "d3", "text": "L'ufficio pagherà gli stipendi dal mese prossimo. Prima deve finire i controlli.", "kind": "service", "images": []}""");

        assertThat(out.get(0).get("gulpease").asDouble()).isEqualTo(34.9);
        assertThat(out.get(0).get("publishable").asBoolean()).isTrue();
        assertThat(out.get(0).get("findings")).extracting(f -> f.get("severity").asString()).containsOnly("WARN");
        assertThat(out.get(1).get("gulpease").asDouble()).isEqualTo(84.0);
        assertThat(out.get(1).get("findings")).isEmpty();
    }

    @Test
    void decidesEveryExampleDraftOfRomaAsExpected() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/publishing/drafts-roma.jsonl")) {
            assertThat(in).isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }

        List<JsonNode> out = check("roma-capitale", List.of(CheckPostCommand.period("2027-04-10/2027-05-26")),
                lines.toArray(String[]::new));

        assertThat(out).hasSameSizeAs(lines).hasSizeGreaterThanOrEqualTo(16);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode expected = JsonLines.JSON.readTree(lines.get(i));
            JsonNode actual = out.get(i);
            List<String> blocks = actual.get("findings").valueStream()
                    .filter(f -> f.get("severity").asString().equals("BLOCK")).map(f -> f.get("code").asString()).toList();
            List<String> expectedBlocks = expected.get("expected_blocks").valueStream().map(JsonNode::asString).toList();
            assertThat(actual.get("publishable").asBoolean()).as(lines.get(i))
                    .isEqualTo(expected.get("expected_publishable").asBoolean());
            assertThat(blocks).as(lines.get(i)).isEqualTo(expectedBlocks);
        }
    }

    @Test
    void writesNullGulpeaseForATextWithoutWords() {
        JsonNode out = check("mit", List.of(), "{\"id\": \"d4\", \"text\": \"🎉\", \"kind\": \"news\"}").getFirst();

        assertThat(out.get("gulpease").isNull()).isTrue();
        assertThat(out.get("publishable").asBoolean()).isTrue();
    }

    @Test
    void checksAnUnscheduledDraftForToday() {
        List<ElectoralPeriod> march = List.of(CheckPostCommand.period("2027-02-20/2027-03-05"));

        JsonNode out = check("mit", march, "{\"id\": \"d5\", \"text\": \"Festa in piazza.\", \"kind\": \"event\"}").getFirst();

        assertThat(out.get("publishable").asBoolean()).isFalse();
        assertThat(out.get("findings").get(0).get("code").asString()).isEqualTo("PAR_CONDICIO");
    }

    @Test
    void reportsBadLinesAndGoesOn() {
        List<JsonNode> out = check("mit", List.of(),
                "{\"id\": \"a\", \"text\": \"Ciao\"}",
                "not json",
                "{\"id\": \"b\", \"text\": \"Ciao\", \"kind\": \"party\"}",
                "{\"id\": \"c\", \"text\": \"Ciao\", \"kind\": \"news\", \"scheduled_at\": \"domani\"}",
                "{\"id\": \"d\", \"text\": \"Ciao\", \"kind\": \"news\", \"images\": [{\"alt\": \"x\", \"attestations\": [\"NO_KIDS\"]}]}",
                "{\"id\": \"e\", \"text\": \"Ciao\", \"kind\": \"news\", \"images\": \"foto.jpg\"}",
                "{\"id\": \"g\", \"text\": \" \", \"kind\": \"news\"}",
                "{\"id\": \"f\", \"text\": \"Ciao\", \"kind\": \"news\"}");

        assertThat(out).hasSize(8);
        assertThat(out.get(0).get("error").asString()).contains("\"kind\"");
        assertThat(out.get(1).get("error").asString()).contains("not valid JSON");
        assertThat(out.get(2).get("error").asString()).contains("news, event, act, service, emergency, campaign");
        assertThat(out.get(3).get("error").asString()).contains("ISO date-time");
        assertThat(out.get(4).get("error").asString()).contains("NO_KIDS", "NO_MINORS");
        assertThat(out.get(5).get("error").asString()).contains("\"images\" must be an array");
        assertThat(out.get(6).get("error").asString()).contains("nothing to publish");
        assertThat(out.get(7).get("publishable").asBoolean()).isTrue();
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2");
    }

    @Test
    void rejectsAMalformedElectoralPeriod() {
        assertThatThrownBy(() -> CheckPostCommand.period("2027-04-10")).hasMessageContaining("FROM/TO");
        assertThatThrownBy(() -> CheckPostCommand.period("10/04/2027-26/05/2027")).hasMessageContaining("ISO dates");
        assertThatThrownBy(() -> CheckPostCommand.period("2027-05-26/2027-04-10")).hasMessageContaining("ends before");
    }

    @Test
    void isRegisteredWithRepeatableElectoralPeriods() {
        CommandLine cli = PiazzaCli.commandLine();
        CommandLine checkPost = cli.getSubcommands().get("check-post");
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        cli.setErr(new PrintWriter(usage, true, StandardCharsets.UTF_8));

        int exit = cli.execute("check-post", "--ente", "mit", "--electoral-period", "2027-05-26/2027-04-10");

        assertThat(checkPost).isNotNull();
        assertThat(checkPost.getCommandSpec().findOption("--electoral-period").isMultiValue()).isTrue();
        assertThat(exit).isEqualTo(2);
        assertThat(usage.toString(StandardCharsets.UTF_8)).contains("piazza check-post", "ends before");
    }
}
