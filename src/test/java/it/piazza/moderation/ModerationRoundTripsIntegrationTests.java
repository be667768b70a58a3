package it.piazza.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.policy.ContentAction;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.RoundTrips;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How many database round trips receiving a comment costs, to a recorded decision and its audit entry: on
 * PostgreSQL each is a wait on the network and on the server, so their number bounds ingestion throughput.
 */
class ModerationRoundTripsIntegrationTests {

    @Nested
    @SpringBootTest
    @Import(RoundTrips.Counting.class)
    class OnH2 extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest
    @Import(RoundTrips.Counting.class)
    class OnPostgres extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.postgres(registry);
        }
    }

    abstract static class Scenarios {

        @Autowired
        Moderation moderation;

        private List<String> receive(String ente, String text, ContentAction expected) {
            moderation.receive(ente, comment(text)); // the ente's audit chain head exists from now on
            RoundTrips.reset();
            Received received = moderation.receive(ente, comment(text));
            assertThat(received.duplicate()).isFalse();
            assertThat(received.decision().action()).isEqualTo(expected);
            return RoundTrips.recorded();
        }

        private static NewInteraction comment(String text) {
            return new NewInteraction("facebook", InteractionKind.COMMENT, UUID.randomUUID().toString(), "post-1",
                    "Lavori notturni in via Appia", null, "u-" + UUID.randomUUID(), null, text,
                    Instant.parse("2026-03-02T10:15:00Z"));
        }

        @Test
        void keepsACommentInTenRoundTrips() {
            // policy version, author's history, interaction, decision, the platform plan's channel connection and
            // interaction, the sandbox's check of the channel, the audit chain's head (moved from where this node
            // left it) and entry, commit
            List<String> trips = receive("roma-capitale", "Grazie per l'aggiornamento, finalmente!", ContentAction.KEEP);

            assertThat(trips).as(String.join("\n", trips)).hasSizeLessThanOrEqualTo(10).endsWith("COMMIT");
        }

        @Test
        void removesAnInsultInTwelveRoundTrips() {
            // as a kept comment, plus the strike and the evidence
            List<String> trips = receive("roma-capitale", "Sei un imbecille, vergognati", ContentAction.REMOVE);

            assertThat(trips).as(String.join("\n", trips)).hasSizeLessThanOrEqualTo(12).endsWith("COMMIT");
        }
    }
}
