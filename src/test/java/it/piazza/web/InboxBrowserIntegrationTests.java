package it.piazza.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.inbox.ReplyReady;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.SettableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The inbox in a real browser: a private message arrives through {@code POST /api/interactions}, shows in the
 * inbox of Roma Capitale (whose policy requires approval), an editor answers from the prefilled reply, a manager
 * approves it, and the reply leaves for the platform ({@link ReplyReady}, received here by a stand-in connector).
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "piazza.demo=false")
@Import(InboxBrowserIntegrationTests.Connector.class)
class InboxBrowserIntegrationTests extends BrowserIntegrationTest {

    /** Monday 9 March 2026, 10:00 in Rome: Roma's channels are staffed. */
    private static final Instant MONDAY_MORNING = LocalDateTime.parse("2026-03-09T10:00").atZone(ZoneId.of("Europe/Rome")).toInstant();

    /** Stands in for the platform connectors: keeps every reply that leaves. */
    @TestConfiguration
    static class Connector {
        final List<ReplyReady> sent = new CopyOnWriteArrayList<>();

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(MONDAY_MORNING);
        }

        @EventListener
        void on(ReplyReady reply) {
            sent.add(reply);
        }
    }

    @Autowired
    StaffAccounts staff;
    @Autowired
    Connector connector;
    @Autowired
    SettableClock clock;

    @BeforeEach
    void mondayMorning() {
        clock.set(MONDAY_MORNING);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Test
    void aPrivateMessageIsAnsweredByAnEditorAndLeavesWhenAManagerApprovesIt() throws Exception {
        staff.create("api-" + suffix, "Connettore", "password-api", Map.of("roma-capitale", Set.of(Role.MODERATOR)));
        staff.create("eva-" + suffix, "Eva Conti", "password-eva", Map.of("roma-capitale", Set.of(Role.EDITOR)));
        staff.create("marta-" + suffix, "Marta Ferri", "password-marta", Map.of("roma-capitale", Set.of(Role.MANAGER)));

        HttpResponse<String> posted = post("api-" + suffix, "password-api", """
                {"ente": "roma-capitale", "channel": "facebook", "kind": "PRIVATE_MESSAGE", "platform_id": "dm-%s",
                 "author": {"id": "cittadino-%s", "name": "Carla %s"},
                 "text": "Buongiorno, come si prenota la carta d'identità elettronica?",
                 "created_at": "2026-03-09T09:58:00+01:00"}""".formatted(suffix, suffix, suffix));
        assertThat(posted.statusCode()).isEqualTo(201);

        Page editor = newPage();
        signIn(editor, "eva-" + suffix, "password-eva");
        editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messaggi").setExact(true)).click();
        Locator row = editor.locator("[data-conversation]").filter(new Locator.FilterOptions().setHasText("Carla " + suffix));
        assertThat(row).containsText("Nuova");
        screenshot(editor, "inbox");
        row.getByRole(AriaRole.LINK).click();

        assertThat(editor.getByTestId("triage")).containsText("Richiesta di informazioni");
        assertThat(editor.getByTestId("evidence")).containsText("«carta d'identità»");
        assertThat(editor.getByTestId("evidence")).containsText("«elettronica»");
        assertThat(editor.getByText("INFO_REQUEST: question")).not().isVisible();
        Locator reply = editor.getByLabel("Risposta al cittadino");
        assertThat(reply).containsText("Roma Capitale");
        reply.fill("Gentile Carla, la carta d'identità si prenota sul Portale istituzionale o al numero 060606.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invia la risposta")).click();
        assertThat(editor.getByTestId("notice")).hasText("Risposta salvata: partirà dopo l'approvazione di un responsabile.");
        assertThat(editor.getByTestId("reply-state")).hasText("in attesa di approvazione");
        assertThat(editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approva e invia"))).hasCount(0);
        assertThat(connector.sent).noneMatch(r -> r.inReplyToPlatformId().equals("dm-" + suffix));

        Page manager = newPage();
        signIn(manager, "marta-" + suffix, "password-marta");
        manager.navigate(url("/console/roma-capitale/messaggi"));
        assertThat(manager.getByTestId("awaiting")).containsText("in attesa di approvazione");
        manager.locator("[data-conversation]").filter(new Locator.FilterOptions().setHasText("Carla " + suffix))
                .getByRole(AriaRole.LINK).click();
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approva e invia")).click();

        assertThat(manager.getByTestId("notice")).hasText("Risposta confermata: Piazza la consegna alla piattaforma.");
        assertThat(manager.getByTestId("reply-state")).hasText("risposta confermata");
        assertThat(manager.getByTestId("state")).hasText("Risposta data");
        assertThat(manager.getByTestId("history")).containsText("risposta approvata e inviata");
        screenshot(manager, "inbox-conversation");

        manager.navigate(url("/console/roma-capitale/messaggi/tempi"));
        assertThat(manager.getByTestId("times-channel")).containsText("facebook");
        assertThat(manager.getByTestId("times-office")).containsText("Servizi demografici");
        screenshot(manager, "inbox-response-times");

        assertThat(connector.sent).filteredOn(r -> r.inReplyToPlatformId().equals("dm-" + suffix)).singleElement()
                .satisfies(r -> {
                    assertThat(r.enteId()).isEqualTo("roma-capitale");
                    assertThat(r.recipientAuthorId()).isEqualTo("cittadino-" + suffix);
                    assertThat(r.privateMessage()).isTrue();
                    assertThat(r.text()).contains("060606");
                });
    }

    @Test
    void anOperatorReadsWhyPiazzaAnsweredAndEveryOfficeInWords() throws Exception {
        clock.set(LocalDateTime.parse("2026-03-14T22:00").atZone(ZoneId.of("Europe/Rome")).toInstant());
        staff.create("api-notte-" + suffix, "Connettore", "password-api", Map.of("roma-capitale", Set.of(Role.MODERATOR)));
        staff.create("ugo-" + suffix, "Ugo Neri", "password-ugo", Map.of("roma-capitale", Set.of(Role.EDITOR)));
        assertThat(post("api-notte-" + suffix, "password-api", """
                {"ente": "roma-capitale", "channel": "facebook", "kind": "PRIVATE_MESSAGE", "platform_id": "dm-notte-%s",
                 "author": {"id": "notte-%s", "name": "Dario %s"},
                 "text": "Buonasera, come si prenota la carta d'identità elettronica?",
                 "created_at": "2026-03-14T21:58:00+01:00"}""".formatted(suffix, suffix, suffix)).statusCode()).isEqualTo(201);

        Page page = newPage();
        signIn(page, "ugo-" + suffix, "password-ugo");
        page.navigate(url("/console/roma-capitale/messaggi"));
        assertThat(page.locator("#f-ufficio option").allTextContents()).contains("Protezione civile")
                .noneMatch(name -> name.matches("[A-Z_]{3,}"));
        page.locator("[data-conversation]").filter(new Locator.FilterOptions().setHasText("Dario " + suffix))
                .getByRole(AriaRole.LINK).click();

        assertThat(page.getByTestId("history")).containsText("fuori dall'orario di presidio");
        assertThat(page.getByTestId("history")).not().containsText("OUT_OF_HOURS");

        page.locator("#stato").selectOption("WAITING_FOR_OFFICE");
        page.locator("#ufficio").selectOption("CIVIL_PROTECTION");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambia stato")).click();
        assertThat(page.getByTestId("notice")).hasText("Stato cambiato.");
        assertThat(page.getByTestId("history")).containsText("(In attesa dell'ufficio: Protezione civile)");
    }

    private HttpResponse<String> post(String user, String password, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/interactions")))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
