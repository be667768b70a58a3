package it.piazza.web;

import static org.awaitility.Awaitility.await;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.detection.Category;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.ReviewItem;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutbox;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.ActionState;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.Connector;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.Receiving;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.sandbox.Sandbox;
import it.piazza.platforms.sandbox.SandboxItem;
import it.piazza.platforms.sandbox.Visibility;
import it.piazza.policy.ContentAction;
import it.piazza.policy.PolicyVersions;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.TestPolicies;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox and channels pages in a real browser: a moderator removes a comment with the keyboard and sees it
 * removed on the sandbox page and in the audit log; an administrator sees what a platform does not allow and
 * Piazza's fallback, and retries a dead letter. Screenshots go to {@code target/screenshots/}; both pages pass
 * axe-core's WCAG 2.1 A/AA checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"piazza.demo=false", "piazza.outbox.poll=PT0.05S",
        "piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="})
class SandboxBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final String TEST_ENTE = "comune-di-prova";
    private static final String NO_BAN = "prova-senza-blocco";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Moderation moderation;
    @Autowired
    StaffAccounts staff;
    @Autowired
    PolicyVersions policies;
    @Autowired
    ChannelConnections connections;
    @Autowired
    Sandbox sandbox;
    @Autowired
    ActionOutbox outbox;

    private Page page;

    /** A platform like Instagram: everything but a ban. */
    @TestConfiguration
    static class PlatformWithoutBans {

        @Bean
        Connector withoutBans() {
            return new Connector() {
                @Override
                public String id() {
                    return NO_BAN;
                }

                @Override
                public Map<String, String> settings() {
                    return Map.of("account_id", "the account's id");
                }

                @Override
                public Map<String, String> secrets() {
                    return Map.of("access_token", "the account's token");
                }

                @Override
                public Capabilities capabilities(ChannelConnection connection) {
                    return Capabilities.of(EnumSet.of(ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.REMOVE,
                            ActionKind.REPLY_PUBLIC, ActionKind.REPLY_PRIVATE), Receiving.WEBHOOK);
                }

                @Override
                public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
                    return new ActionOutcome.Done(action.targetId());
                }
            };
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @BeforeEach
    void freshBrowserAndSandbox() {
        page = newPage();
        if (policies.current(TEST_ENTE).isEmpty()) {
            // never acts alone: every finding goes to a person
            policies.importPolicy("prova.yaml", TestPolicies.testEnte(1.0, 0.5), "test");
            connections.connect(TEST_ENTE, "facebook", "sandbox", null, Map.of(), Secrets.NONE, "test");
        }
        // a test that stopped half-way leaves no simulated error behind
        sandbox.simulateFailure(TEST_ENTE, "facebook", null);
    }

    @Test
    void aModeratorRemovesACommentWithTheKeyboardAndSeesItRemovedOnTheSandboxPage() {
        String moderator = "mara-" + suffix;
        staff.create(moderator, "Mara Rossi", "password-mara", Map.of(TEST_ENTE, Set.of(Role.MODERATOR, Role.AUDITOR)));
        sandbox.publish(TEST_ENTE, "facebook", "Lavori in via Appia (" + suffix + ")");

        signIn(page, moderator, "password-mara");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sandbox")).click();
        commentAsACitizen("Lavori in via Appia (" + suffix + ")", "Sei un imbecille, vergognati " + suffix);
        assertThat(page.getByTestId("notice")).hasText("Pubblicato: Piazza lo ha ricevuto.");
        Locator item = page.locator("[data-testid=sandbox-item]").filter(new Locator.FilterOptions().setHasText(suffix));
        SandboxItem comment = sandbox.pages(TEST_ENTE).stream().flatMap(p -> p.posts().stream())
                .flatMap(p -> p.threads().stream()).map(t -> t.comment())
                .filter(c -> c.text().contains(suffix)).findFirst().orElseThrow();
        assertThat(item.getByTestId("visibility")).hasText("visibile");
        assertThat(item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("In coda di moderazione"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coda di moderazione").setExact(true)).click();
        assertThat(page.locator("body[data-shortcuts=ready]")).hasCount(1);
        page.locator("[data-queue-item]").filter(new Locator.FilterOptions().setHasText(suffix)).getByTestId("comment").click();
        page.keyboard().press("c");
        assertThat(page.getByTestId("notice")).hasText("Commento preso in carico.");
        assertThat(page.locator("body[data-shortcuts=ready]")).hasCount(1);
        page.keyboard().press("r");
        assertThat(page.getByTestId("notice")).hasText("Decisione registrata: Rimozione.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sandbox")).click();
        assertThat(item.getByTestId("visibility")).hasText("rimosso", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(item).containsText("Decisione: Rimozione (" + moderator + ")");
        screenshot(page, "sandbox");
        assertThat(sandbox.changes(TEST_ENTE, "facebook", ActionKind.REMOVE, comment.id())).isEqualTo(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registro di audit")).click();
        Locator log = page.getByTestId("audit-log").locator("tbody tr");
        assertThat(log.filter(new Locator.FilterOptions().setHasText("Decisione di una persona"))
                .filter(new Locator.FilterOptions().setHasText(moderator))).hasCount(1);
        assertThat(log.filter(new Locator.FilterOptions().setHasText("Azione eseguita sulla piattaforma"))
                .filter(new Locator.FilterOptions().setHasText(comment.id()))).containsText("Azione: Rimozione");
        screenshot(page, "audit-sandbox");
    }

    /** Writes, as Walter Brambilla, a comment under the post on the sandbox's Facebook page. */
    private void commentAsACitizen(String post, String text) {
        page.getByText("Scrivi come cittadino").click();
        Locator write = page.locator("form").filter(new Locator.FilterOptions().setHasText("Sulla pagina facebook"));
        write.getByLabel("Nome del cittadino").fill("Walter Brambilla");
        write.getByLabel("Dove").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Commento al post: " + post));
        write.getByLabel("Testo").fill(text);
        write.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pubblica")).click();
    }

    @Test
    void anEditorSeesWhoWroteWhatWithoutLinksToPagesTheirRoleCannotOpen() {
        String editor = "edo-" + suffix;
        staff.create(editor, "Edoardo Sala", "password-edo", Map.of(TEST_ENTE, Set.of(Role.EDITOR)));
        sandbox.publish(TEST_ENTE, "facebook", "Mercato rionale (" + suffix + ")");

        signIn(page, editor, "password-edo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sandbox")).click();
        commentAsACitizen("Mercato rionale (" + suffix + ")", "Sei un imbecille, vergognati " + suffix);

        Locator item = page.locator("[data-testid=sandbox-item]").filter(new Locator.FilterOptions().setHasText(suffix));
        assertThat(item).containsText("In coda di moderazione");
        assertThat(item).containsText("Walter Brambilla");
        assertThat(item.getByRole(AriaRole.LINK)).hasCount(0);
    }

    @Test
    void anAdministratorSeesAFallbackAndRetriesADeadLetter() {
        String admin = "ada-" + suffix;
        staff.create(admin, "Ada Conti", "password-ada", Map.of(TEST_ENTE, Set.of(Role.ADMIN, Role.MODERATOR)));
        connections.connect(TEST_ENTE, "instagram", NO_BAN, null, Map.of("account_id", "17841400000000000"),
                new Secrets(Map.of("access_token", "segreto-" + suffix)), "test");
        String author = "autore-" + suffix;
        outbox.handToPerson(TEST_ENTE, "instagram", null, new PlatformAction(ActionKind.BAN, author, null, author, null,
                null, null), "ban-" + suffix, "the platform's API allows no ban");
        outbox.handToPerson(TEST_ENTE, "instagram", null, new PlatformAction(ActionKind.REPLY_PRIVATE, "c-" + suffix, null,
                author, "Gentile utente, il suo commento è stato rimosso " + suffix, null, null), "warn-" + suffix,
                "the platform allows REPLY_PRIVATE only within 168 hours of the comment; it is older");
        signIn(page, admin, "password-ada");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sandbox")).click();
        page.locator("[data-page=facebook]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Simula un errore della piattaforma")).click();
        assertThat(page.getByTestId("notice")).containsText("Da ora la pagina rifiuta ogni azione");
        SandboxItem comment = comment("Gianni Serra", "Siete dei buffoni " + suffix);
        ReviewItem queued = moderation.reviewQueue(TEST_ENTE, 500).stream()
                .filter(i -> i.interaction().platformId().equals(comment.id())).findFirst().orElseThrow();
        moderation.decide(TEST_ENTE, queued.interaction().id(), admin, ContentAction.HIDE, List.of(Category.INSULT), null);
        await("a dead letter").atMost(WAIT).until(() -> outbox.entries(TEST_ENTE, List.of(ActionState.DEAD), 100).stream()
                .anyMatch(e -> e.action().targetId().equals(comment.id())));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Canali")).click();
        Locator instagram = page.locator("[data-channel=instagram]");
        assertThat(instagram.getByTestId("connection")).containsText("prova-senza-blocco");
        assertThat(instagram.getByTestId("connection")).containsText("attivo");
        assertThat(instagram.getByTestId("fallbacks")).containsText(
                "bloccare l'autore: una persona blocca l'autore a mano; intanto Piazza nasconde ogni nuovo commento "
                        + "dell'autore finché dura il blocco.");
        assertThat(instagram).containsText("access_token");
        assertThat(instagram).containsText("impostato");
        assertThat(page.content()).doesNotContain("segreto-" + suffix);
        assertThat(page.locator("[data-channel=facebook] [data-testid=fallbacks]")).hasCount(0);
        Locator dead = page.getByTestId("dead-letters").locator("tr").filter(new Locator.FilterOptions().setHasText(comment.id()));
        assertThat(dead).containsText("Errore simulato dalla sandbox: servizio non disponibile");
        Locator manual = page.getByTestId("manual");
        assertThat(manual.locator("li").filter(new Locator.FilterOptions().setHasText(author)))
                .containsText("Instagram non consente di bloccare l'autore.");
        assertThat(manual.locator("li").filter(new Locator.FilterOptions().setHasText("c-" + suffix)))
                .containsText("La piattaforma consente di scrivere in privato all'autore solo per un tempo limitato, ormai passato.");
        assertThat(manual.locator("li").filter(new Locator.FilterOptions().setHasText("c-" + suffix)))
                .containsText("Testo da inviare a mano: Gentile utente, il suo commento è stato rimosso " + suffix);
        screenshot(page, "channels");

        instagram.getByText("Collega il canale").click();
        assertThat(instagram.locator("form").filter(new Locator.FilterOptions().setHasText("Collega a instagram")))
                .containsText("L'id dell'account Instagram professionale");
        Locator form = instagram.locator("form").filter(new Locator.FilterOptions().setHasText("Collega a prova-senza-blocco"));
        assertThat(form.getByLabel("access_token")).hasAttribute("type", "password");
        assertThat(form.getByLabel("access_token")).hasValue("");
        form.getByLabel("account_id").fill("17841400000000001");
        form.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("notice")).hasText("Canale instagram collegato a prova-senza-blocco.");
        assertThat(connections.find(TEST_ENTE, "instagram").orElseThrow()).satisfies(c -> {
            assertThat(c.settings()).containsEntry("account_id", "17841400000000001");
            assertThat(c.secrets().get("access_token")).isEqualTo("segreto-" + suffix);
        });

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sandbox")).click();
        page.locator("[data-page=facebook]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Smetti di simulare l'errore")).click();
        assertThat(page.getByTestId("notice")).containsText("La pagina accetta di nuovo le azioni");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Canali")).click();
        page.getByTestId("dead-letters").locator("tr").filter(new Locator.FilterOptions().setHasText(comment.id()))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Riprova")).click();
        assertThat(page.getByTestId("notice")).hasText("Azione rimessa in coda: Piazza la riprova subito.");
        await("the comment hidden on the sandbox page").atMost(WAIT).until(() -> sandbox.item(TEST_ENTE, "facebook", comment.id())
                .orElseThrow().visibility() == Visibility.HIDDEN);
        page.reload();
        assertThat(page.getByText(comment.id())).hasCount(0);
        screenshot(page, "channels-retried");
        assertThat(sandbox.changes(TEST_ENTE, "facebook", ActionKind.HIDE, comment.id())).isEqualTo(1);
    }

    @Test
    void aModeratorRecordsWhatTheyDidByHandAndTheAuditLogKeepsTheirName() {
        String moderator = "nadia-" + suffix;
        staff.create(moderator, "Nadia Ferri", "password-nadia", Map.of(TEST_ENTE, Set.of(Role.MODERATOR, Role.AUDITOR)));
        String author = "autore-" + suffix;
        outbox.handToPerson(TEST_ENTE, "instagram", null, new PlatformAction(ActionKind.BAN, author, null, author, null,
                null, null), "ban-" + suffix, "the platform's API allows no ban");
        outbox.handToPerson(TEST_ENTE, "instagram", null, new PlatformAction(ActionKind.REPLY_PRIVATE, "c-" + suffix, null,
                author, "Gentile utente " + suffix, null, null), "warn-" + suffix, "window over");
        connections.connect(TEST_ENTE, "x", "sandbox", null, Map.of(), Secrets.NONE, "test");
        connections.stop(TEST_ENTE, "x", "HTTP 401: token revoked");
        signIn(page, moderator, "password-nadia");

        page.navigate(url("/console/" + TEST_ENTE));
        assertThat(page.getByTestId("channel-stopped")).containsText("Il canale x è fermo");
        assertThat(page.getByTestId("outbox-attention")).containsText("sono da fare a mano");
        page.getByTestId("outbox-attention").getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Canali e piattaforme"))).isVisible();
        Locator ban = page.getByTestId("manual").locator("li").filter(new Locator.FilterOptions().setHasText(author)
                .setHasNotText("Gentile utente"));
        assertThat(ban.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pagina dell'autore")))
                .hasAttribute("href", "/console/" + TEST_ENTE + "/autori/" + author);
        ban.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fatta sulla piattaforma")).click();
        assertThat(page.getByTestId("notice")).hasText("Azione segnata come fatta a mano.");
        page.getByTestId("manual").locator("li").filter(new Locator.FilterOptions().setHasText("c-" + suffix))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Non serve più")).click();
        assertThat(page.getByTestId("notice")).hasText("Azione segnata come non più necessaria.");

        assertThat(page.getByText(author)).hasCount(0);
        assertThat(outbox.entries(TEST_ENTE, List.of(ActionState.DONE_BY_HAND), 100))
                .anySatisfy(e -> assertThat(e.action().targetId()).isEqualTo(author));
        assertThat(outbox.entries(TEST_ENTE, List.of(ActionState.DISMISSED), 100))
                .anySatisfy(e -> assertThat(e.action().targetId()).isEqualTo("c-" + suffix));
        page.navigate(url("/console/" + TEST_ENTE + "/audit"));
        assertThat(page.locator("tr").filter(new Locator.FilterOptions().setHasText("Azione eseguita a mano sulla piattaforma"))
                .first()).containsText(moderator);
    }

    @Test
    void theSandboxAndChannelsPagesMeetTheAutomaticWcagChecks() {
        String admin = "axe-" + suffix;
        staff.create(admin, "Aldo Esposito", "password-axe", Map.of(TEST_ENTE, Set.of(Role.ADMIN, Role.MODERATOR)));
        comment("Roberta Lanzi", "Grazie per l'informazione " + suffix);
        Page checked = newPageForAxe();
        signIn(checked, admin, "password-axe");

        for (String path : List.of("/sandbox", "/canali")) {
            checked.navigate(url("/console/" + TEST_ENTE + path));
            checked.locator("details").first().evaluate("d => d.open = true");
            assertThat(violations(checked)).as(path).isEmpty();
        }
    }

    private SandboxItem comment(String author, String text) {
        String post = sandbox.publish(TEST_ENTE, "facebook", "Lavori notturni in via Appia: chiusura dalle 22 alle 6")
                .orElseThrow();
        Sandbox.Written written = sandbox.write(TEST_ENTE, "facebook", InteractionKind.COMMENT, post, null, author, text);
        assertThat(written).isInstanceOf(Sandbox.Written.Delivered.class);
        return ((Sandbox.Written.Delivered) written).item();
    }

}
