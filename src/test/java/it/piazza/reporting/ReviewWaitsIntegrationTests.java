package it.piazza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Category;
import it.piazza.inbox.ResponseTimes;
import it.piazza.moderation.HumanDecisionOutcome;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.moderation.Received;
import it.piazza.policy.ContentAction;
import it.piazza.policy.PolicyVersions;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.SettableClock;
import it.piazza.testsupport.TestPolicies;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The wait for a person's decision counts only the ente's staffed hours: a comment queued on Friday at 17:00 and
 * decided on Monday at 10:30 waited 150 staffed minutes (Roma's hours, Monday to Friday 9–18), not three days.
 */
@SpringBootTest
@Import(ReviewWaitsIntegrationTests.Clocks.class)
class ReviewWaitsIntegrationTests {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final String ENTE = "comune-di-prova";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(at(2026, 11, 20, 17, 0));
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Autowired
    SettableClock clock;
    @Autowired
    Moderation moderation;
    @Autowired
    PolicyVersions policies;
    @Autowired
    TransparencyReports reports;

    @Test
    void countsOnlyStaffedMinutesFromArrivalToAPersonsDecision() {
        policies.importPolicy("prova.yaml", TestPolicies.testEnte(1.0, 0.5), "test");
        clock.set(at(2026, 11, 20, 17, 0));
        Received friday = receive("Sei un imbecille, vergognati");
        clock.set(at(2026, 11, 23, 10, 0));
        Received monday = receive("Siete degli imbecilli");
        clock.set(at(2026, 11, 23, 10, 20));
        decide(monday);
        clock.set(at(2026, 11, 23, 10, 30));
        decide(friday);

        ResponseTimes.Figure waits = reports.reviewWaits(ENTE, policies.current(ENTE).orElseThrow().policy().staffedHours(),
                at(2026, 11, 20, 0, 0), at(2026, 11, 24, 0, 0)).orElseThrow();

        assertThat(waits.answers()).isEqualTo(2);
        assertThat(waits.medianMinutes()).isEqualTo(20);
        assertThat(waits.maxMinutes()).isEqualTo(150);
        assertThat(reports.reviewWaits(ENTE, policies.current(ENTE).orElseThrow().policy().staffedHours(),
                at(2026, 11, 24, 0, 0), at(2026, 11, 25, 0, 0))).isEmpty();
    }

    private Received receive(String text) {
        Received received = moderation.receive(ENTE, new NewInteraction("facebook", InteractionKind.COMMENT,
                UUID.randomUUID().toString(), "post-1", "Avviso", null, "a-" + UUID.randomUUID(), "Autore", text,
                clock.instant()));
        assertThat(received.decision().action()).isEqualTo(ContentAction.REVIEW);
        return received;
    }

    private void decide(Received received) {
        assertThat(moderation.decide(ENTE, received.interaction().id(), "mara", ContentAction.REMOVE,
                List.of(Category.INSULT), "insulto")).isInstanceOf(HumanDecisionOutcome.Recorded.class);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ROME).toInstant();
    }
}
