package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Category;
import it.piazza.moderation.HumanDecisionOutcome;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.moderation.Received;
import it.piazza.policy.ContentAction;
import it.piazza.policy.PolicyVersions;
import it.piazza.testsupport.TestPolicies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import it.piazza.testsupport.EmbeddedDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code model export}: the moderators' decisions of an ente become training data for {@code model train}. */
@SpringBootTest
class ModelExportCommandIntegrationTests {

    static final String URL = EmbeddedDatabases.h2File("model-export");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    @Autowired
    Moderation moderation;
    @Autowired
    PolicyVersions policies;

    private UUID queued(String text) {
        Received received = moderation.receive("comune-di-prova", new NewInteraction("facebook", InteractionKind.COMMENT,
                UUID.randomUUID().toString(), null, null, null, "u-" + UUID.randomUUID(), null, text,
                Instant.parse("2026-03-02T10:15:00Z")));
        return received.interaction().id();
    }

    @Test
    void exportsWhatPeopleDecidedWithTheCategoryTheyConfirmed() {
        policies.importPolicy("prova.yaml", TestPolicies.testEnte(1.0, 0.5), "test");
        UUID insult = queued("Sei un imbecille");
        UUID irony = queued("Che imbecille sono stato a non leggere l'avviso, grazie per la pazienza");
        assertThat(moderation.decide("comune-di-prova", insult, "anna", ContentAction.REMOVE, List.of(Category.INSULT), "insulto"))
                .isInstanceOf(HumanDecisionOutcome.Recorded.class);
        assertThat(moderation.decide("comune-di-prova", irony, "anna", ContentAction.KEEP, List.of(), "autoironia"))
                .isInstanceOf(HumanDecisionOutcome.Recorded.class);

        StringWriter out = new StringWriter();
        CommandLine cli = PiazzaCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("model", "export", "--ente", "comune-di-prova", "--db", URL)).isZero();

        List<JsonNode> lines = out.toString().lines().map(JsonLines.JSON::readTree).toList();
        assertThat(lines).extracting(l -> l.get("text").asString() + "=" + l.get("label").asInt())
                .containsExactly("Sei un imbecille=1", "Che imbecille sono stato a non leggere l'avviso, grazie per la pazienza=0");
        assertThat(lines.getFirst().get("category").asString()).isEqualTo("INSULT");
    }
}
