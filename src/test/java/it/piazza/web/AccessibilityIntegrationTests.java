package it.piazza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.inbox.Inbox;
import it.piazza.inbox.InboxFilter;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.moderation.Received;
import it.piazza.policy.PolicyVersions;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.SettableClock;
import it.piazza.testsupport.TestPolicies;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every console page, and the public pages a citizen opens (the entes, the policy, the appeal form, the error
 * page), pass the
 * automatic WCAG 2.1 A and AA checks of axe-core, in Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "piazza.demo=false")
@Import(AccessibilityIntegrationTests.Calendar.class)
class AccessibilityIntegrationTests extends BrowserIntegrationTest {

    private static final String ENTE = "comune-di-prova";
    /** Monday 9 March 2026, 10:00 in Rome: the test ente's channels are staffed. */
    private static final Instant STAFFED = LocalDateTime.parse("2026-03-09T10:00").atZone(ZoneId.of("Europe/Rome")).toInstant();
    /** Saturday 14 March 2026, 22:00 in Rome: nobody is on duty, and the assistant answers. */
    private static final Instant UNSTAFFED = LocalDateTime.parse("2026-03-14T22:00").atZone(ZoneId.of("Europe/Rome")).toInstant();

    /** Fixes the hour, so that the pages checked do not depend on when the test runs. */
    @TestConfiguration
    static class Calendar {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(STAFFED);
        }
    }

    @Autowired
    Moderation moderation;
    @Autowired
    StaffAccounts staff;
    @Autowired
    PolicyVersions policies;
    @Autowired
    Inbox inbox;
    @Autowired
    SettableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Test
    void everyConsolePageMeetsTheAutomaticWcagChecks() {
        policies.importPolicy("prova.yaml", TestPolicies.testEnte(1.0, 0.5), "test");
        staff.create("ada", "Ada Conti", "password-ada", Map.of(ENTE, Set.of(Role.MODERATOR, Role.MANAGER, Role.AUDITOR)));
        clock.set(STAFFED);
        Received queued = moderation.receive(ENTE, new NewInteraction("facebook", InteractionKind.COMMENT,
                UUID.randomUUID().toString(), "post-1", "Lavori notturni in via Appia", null, "autore-1", "Luca Neri",
                "Sei un imbecille, vergognati", STAFFED));
        UUID staffed = privateMessage("cittadina-1", "Carla Neri", "Buongiorno, come si paga la TARI?", STAFFED);
        clock.set(UNSTAFFED);
        UUID answeredByTheAssistant = privateMessage("cittadino-2", "Pio Riva", "Buonasera, come si paga la TARI?",
                UNSTAFFED);
        Page page = newPageForAxe();

        page.navigate(url("/login"));
        assertThat(violations(page)).as("/login").isEmpty();
        signIn(page, "ada", "password-ada");

        for (String path : List.of("", "/coda", "/ricorsi", "/audit", "/sandbox", "/canali",
                "/autori/" + queued.interaction().authorId(), "/messaggi", "/messaggi/" + staffed,
                "/messaggi/" + answeredByTheAssistant, "/messaggi/tempi")) {
            page.navigate(url("/console/" + ENTE + path));
            assertThat(violations(page)).as("/console/" + ENTE + path).isEmpty();
        }
        page.navigate(url("/console/" + ENTE + "/messaggi/" + answeredByTheAssistant));
        assertThat(page.locator("[data-reply]").count()).as("the assistant's reply was among the pages checked")
                .isEqualTo(1);
    }

    @Test
    void thePublicPagesCitizensReadMeetTheAutomaticWcagChecks() {
        policies.importPolicy("prova.yaml", TestPolicies.testEnte(1.0, 0.5), "test");
        Received removed = moderation.receive(ENTE, new NewInteraction("facebook", InteractionKind.COMMENT,
                UUID.randomUUID().toString(), "post-1", "Lavori notturni in via Appia", null, "autore-2", "Ugo Sala",
                "Sei un imbecille, vergognati", clock.instant()));
        Page page = newPageForAxe();

        for (String path : List.of("/enti", "/enti/" + ENTE + "/policy", "/enti/roma-capitale/policy", "/enti/nessuno/policy",
                "/enti/" + ENTE + "/ricorsi/nuovo?decisione=" + removed.decision().id())) {
            page.navigate(url(path));
            assertThat(violations(page)).as(path).isEmpty();
        }
    }

    private UUID privateMessage(String author, String name, String text, Instant at) {
        moderation.receive(ENTE, new NewInteraction("facebook", InteractionKind.PRIVATE_MESSAGE,
                UUID.randomUUID().toString(), null, null, null, author, name, text, at));
        return inbox.list(ENTE, InboxFilter.none(), 10).stream()
                .filter(c -> author.equals(c.authorId())).findFirst().orElseThrow().id();
    }
}
