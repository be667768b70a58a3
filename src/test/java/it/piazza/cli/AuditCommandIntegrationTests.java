package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import it.piazza.testsupport.EmbeddedDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/** {@code audit verify} reads the database of a running Piazza and finds tampering. */
@SpringBootTest
class AuditCommandIntegrationTests {

    static final String URL = EmbeddedDatabases.h2File("audit-command");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    @Autowired
    Moderation moderation;
    @Autowired
    JdbcClient jdbc;

    private final StringWriter out = new StringWriter();

    private int verify(String ente) {
        CommandLine cli = PiazzaCli.commandLine();
        cli.setOut(new PrintWriter(out));
        return cli.execute("audit", "verify", "--db", URL, "--ente", ente);
    }

    @Test
    void verifiesTheChainOfARunningPiazzaAndReportsWhereItBreaks() {
        moderation.receive("mit", new NewInteraction("facebook", InteractionKind.COMMENT, UUID.randomUUID().toString(),
                null, null, null, "u1", null, "Siete degli imbecilli", Instant.parse("2026-03-02T10:15:00Z")));

        assertThat(verify("mit")).isZero();
        assertThat(out.toString()).contains("\"ente\":\"mit\"").contains("\"intact\":true");

        jdbc.sql("update audit_entry set details = '{}' where ente_id = 'mit' and seq = 1").update();

        assertThat(verify("mit")).isEqualTo(1);
        assertThat(out.toString()).contains("\"intact\":false").contains("\"broken_at\":1");
    }
}
