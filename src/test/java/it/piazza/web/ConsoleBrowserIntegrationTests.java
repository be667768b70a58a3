package it.piazza.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.moderation.Appeal;
import it.piazza.moderation.Appeals;
import it.piazza.moderation.AuthorMeasure;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.moderation.Received;
import it.piazza.policy.ContentAction;
import it.piazza.policy.PolicyVersions;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.TestPolicies;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in a real browser (Debian's Chromium driven by Playwright): a moderator decides with the
 * keyboard, an editor is kept out of the audit log, a citizen's appeal is reversed by a manager. Screenshots
 * of the pages go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "piazza.demo=false")
class ConsoleBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final String TEST_ENTE = "comune-di-prova";

    @Autowired
    Moderation moderation;
    @Autowired
    Appeals appeals;
    @Autowired
    StaffAccounts staff;
    @Autowired
    PolicyVersions policies;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Page page;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @BeforeEach
    void freshBrowserAndEnte() {
        page = newPage();
        if (policies.current(TEST_ENTE).isEmpty()) {
            // never acts alone: every finding goes to a person
            policies.importPolicy("prova.yaml", TestPolicies.testEnte(1.0, 0.5), "test");
        }
    }

    @Test
    void aModeratorRemovesACommentWithTheKeyboardAndFindsItInTheAuditLog() {
        String moderator = "mara-" + suffix;
        staff.create(moderator, "Mara Rossi", "password-mara", Map.of(TEST_ENTE, Set.of(Role.MODERATOR, Role.AUDITOR)));
        Received received = moderation.receive(TEST_ENTE, comment("Sei un imbecille, vergognati " + suffix));
        assertThat(received.decision().action()).isEqualTo(ContentAction.REVIEW);

        signIn(page, moderator, "password-mara");
        assertThat(page.getByTestId("signed-in")).hasText("Mara Rossi");
        assertThat(page.locator("#ente-switcher option")).hasCount(1);
        assertThat(page.locator("#ente-switcher option")).hasText("Comune di Prova");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coda di moderazione")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coda di moderazione").setLevel(1))).isVisible();
        assertThat(page.locator("body[data-shortcuts=ready]")).hasCount(1);
        var item = page.locator("[data-queue-item]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(suffix));
        assertThat(item.locator("mark")).hasText("imbecille");
        assertThat(item.getByTestId("ground")).containsText("Insulti e turpiloquio");
        assertThat(item.getByTestId("ground")).containsText("parole «imbecille»");
        assertThat(item.getByText("lexicon:", new Locator.GetByTextOptions().setExact(false))).not().isVisible();
        item.getByTestId("comment").click();
        assertThat(page.locator(".console-current")).containsText(suffix);
        assertThat(page.locator(".console-shortcuts")).containsText("rimuovi");
        screenshot(page, "queue");

        page.keyboard().press("c");
        assertThat(page.getByTestId("notice")).hasText("Commento preso in carico.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rilascia (C)"))).isVisible();
        assertThat(page.locator("body[data-shortcuts=ready]")).hasCount(1);
        assertThat(page.locator(".console-current")).containsText(suffix);

        page.keyboard().press("r");
        assertThat(page.getByTestId("notice")).hasText("Decisione registrata: Rimozione.");
        assertThat(page.getByText(suffix)).hasCount(0);
        assertThat(moderation.history(received.interaction().id())).last()
                .satisfies(d -> {
                    assertThat(d.action()).isEqualTo(ContentAction.REMOVE);
                    assertThat(d.decidedBy()).isEqualTo(moderator);
                });

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registro di audit")).click();
        assertThat(page.getByTestId("chain")).containsText("Catena integra");
        assertThat(page.getByTestId("audit-log").locator("tbody tr").first()).containsText("Decisione di una persona");
        assertThat(page.getByTestId("audit-log").locator("tbody tr").first()).containsText(moderator);
        assertThat(page.getByTestId("audit-log").locator("tbody tr").first())
                .containsText("Azione: Rimozione Categorie: Insulti e turpiloquio");
        screenshot(page, "audit");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cruscotto")).click();
        assertThat(page.getByTestId("by-channel")).containsText("facebook");

        page.navigate(url("/console/" + TEST_ENTE + "/autori/" + received.interaction().authorId()));
        assertThat(page.getByTestId("comments")).containsText(suffix);
        assertThat(page.getByTestId("comments")).containsText("Rimozione (" + moderator + ")");
        screenshot(page, "author");

        assertThat(page.navigate(url("/console/" + TEST_ENTE + "/autori/nessuno-" + suffix)).status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Pagina non trovata");
    }

    @Test
    void anEditorCannotReachTheAuditLog() {
        String editor = "elio-" + suffix;
        staff.create(editor, "Elio Bianchi", "password-elio", Map.of(TEST_ENTE, Set.of(Role.EDITOR)));

        signIn(page, editor, "password-elio");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cruscotto"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registro di audit"))).hasCount(0);
        screenshot(page, "dashboard");
        page.navigate(url("/console/" + TEST_ENTE + "?lang=en"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        Response audit = page.navigate(url("/console/" + TEST_ENTE + "/audit"));
        Response queue = page.navigate(url("/console/" + TEST_ENTE + "/coda"));
        Response otherEnte = page.navigate(url("/console/roma-capitale"));

        assertThat(audit.status()).isEqualTo(403);
        assertThat(queue.status()).isEqualTo(403);
        assertThat(otherEnte.status()).isEqualTo(403);
    }

    @Test
    void aCitizenAppealsFromThePublicFormAndAManagerReversesTheRemoval() {
        String manager = "marco-" + suffix;
        staff.create(manager, "Marco Verdi", "password-marco", Map.of("roma-capitale", Set.of(Role.MANAGER)));
        Received removed = moderation.receive("roma-capitale", comment("Sei un imbecille " + suffix));
        assertThat(removed.decision().action()).isEqualTo(ContentAction.REMOVE);
        String link = removed.decision().reasons().appealUrl().replaceFirst("^https?://[^/]+", "");

        page.navigate(url(link));
        page.getByLabel("Perché ritiene la decisione sbagliata").fill("Citavo le parole che mi erano state rivolte " + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invia il ricorso")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Abbiamo ricevuto il suo ricorso");

        signIn(page, manager, "password-marco");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ricorsi")).click();
        var appeal = page.locator("[data-appeal]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(suffix));
        assertThat(appeal).containsText("Aperto");
        assertThat(appeal.getByTestId("grounds")).containsText("Insulti e turpiloquio");
        screenshot(page, "appeals");
        appeal.getByLabel("Nota per il cittadino").fill("Il commento riportava parole altrui: lo ripristiniamo.");
        appeal.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Accogli e ripristina il commento")).click();

        assertThat(page.getByTestId("notice")).hasText("Ricorso accolto: la decisione è stata annullata.");
        assertThat(page.locator("[data-appeal]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(suffix)))
                .containsText("Accolto");
        assertThat(appeals.list("roma-capitale", 10)).filteredOn(a -> a.decisionId().equals(removed.decision().id()))
                .singleElement().satisfies(a -> {
                    assertThat(a.state()).isEqualTo(Appeal.AppealState.REVERSED);
                    assertThat(a.decidedBy()).isEqualTo(manager);
                });
        assertThat(moderation.history(removed.interaction().id())).last()
                .satisfies(d -> assertThat(d.action()).isEqualTo(ContentAction.KEEP));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registro di audit")).click();
        assertThat(page.getByTestId("audit-log").locator("tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ricorso presentato")).first())
                .containsText("un cittadino (modulo pubblico)");
    }

    @Test
    void aModeratorRemovesEveryQueuedCommentOfOneAuthorAtOnce() {
        String moderator = "mira-" + suffix;
        staff.create(moderator, "Mira Galli", "password-mira", Map.of(TEST_ENTE, Set.of(Role.MODERATOR)));
        String troll = "troll-" + suffix;
        for (int i = 1; i <= 3; i++) {
            moderation.receive(TEST_ENTE, comment(troll, "Sei un imbecille, vergognati " + i + " " + suffix));
        }
        moderation.receive(TEST_ENTE, comment("altro-" + suffix, "Siete degli imbecilli " + suffix));

        signIn(page, moderator, "password-mira");
        page.navigate(url("/console/" + TEST_ENTE + "/coda?categoria=INSULT"));
        assertThat(page.getByTestId("comment").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(suffix)))
                .hasCount(4);
        page.locator("[data-queue-item]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("vergognati 1 " + suffix))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName("Rimuovi tutti i commenti in coda di questo autore")).click();

        assertThat(page.getByTestId("notice")).hasText("Commenti rimossi: 3; non rimossi: 0.");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("categoria=INSULT"));
        assertThat(page.getByTestId("comment").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(suffix)))
                .hasText(new String[] {"Siete degli imbecilli " + suffix});
    }

    @Test
    void aModeratorAddsAGroundTheSuggestionDidNotName() {
        String moderator = "nino-" + suffix;
        staff.create(moderator, "Nino Sala", "password-nino", Map.of(TEST_ENTE, Set.of(Role.MODERATOR)));
        Received received = moderation.receive(TEST_ENTE, comment("Sei un imbecille, vergognati " + suffix));

        signIn(page, moderator, "password-nino");
        page.navigate(url("/console/" + TEST_ENTE + "/coda"));
        var item = page.locator("[data-queue-item]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(suffix));
        item.getByLabel("Altro motivo della policy").selectOption("OFF_TOPIC");
        item.getByLabel("Nota (perché)").fill("Anche fuori tema rispetto al post");
        item.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Oscura")).click();

        assertThat(page.getByTestId("notice")).hasText("Decisione registrata: Oscuramento.");
        assertThat(moderation.history(received.interaction().id())).last().satisfies(d -> {
            assertThat(d.action()).isEqualTo(ContentAction.HIDE);
            assertThat(d.categories()).containsExactlyInAnyOrder(it.piazza.detection.Category.INSULT,
                    it.piazza.detection.Category.OFF_TOPIC);
            assertThat(d.note()).isEqualTo("Anche fuori tema rispetto al post");
        });
    }

    @Test
    void aViewerSeesTheQueueButCannotDecide() {
        String viewer = "vera-" + suffix;
        staff.create(viewer, "Vera Neri", "password-vera", Map.of(TEST_ENTE, Set.of(Role.VIEWER), "mit", Set.of(Role.VIEWER)));
        Received received = moderation.receive(TEST_ENTE, comment("Sei un imbecille " + suffix));

        signIn(page, viewer, "password-vera");
        page.navigate(url("/console/" + TEST_ENTE + "/coda"));
        assertThat(page.getByTestId("comment").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(suffix)))
                .hasCount(1);
        assertThat(page.locator("form[data-decide]")).hasCount(0);
        String csrf = page.locator("input[name=_csrf]").first().inputValue();

        var refused = page.request().post(url("/console/" + TEST_ENTE + "/coda/" + received.interaction().id() + "/decisione"),
                com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0).setForm(
                        com.microsoft.playwright.options.FormData.create().set("_csrf", csrf).set("azione", "KEEP")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(moderation.reviewQueue(TEST_ENTE, 100)).anySatisfy(
                item -> assertThat(item.interaction().id()).isEqualTo(received.interaction().id()));

        page.getByLabel("Ente").selectOption("mit");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/console/mit/coda$"));
        assertThat(page.locator("#ente-switcher option")).hasCount(2);
    }

    @Test
    void anAuditorSeesWhereTheChainWasTamperedWith() {
        String auditor = "aldo-" + suffix;
        staff.create(auditor, "Aldo Ricci", "password-aldo", Map.of("mit", Set.of(Role.AUDITOR)));
        Received received = moderation.receive("mit", comment("Sei un imbecille " + suffix));
        long seq = jdbc.sql("select seq from audit_entry where ente_id = 'mit' and subject = ?")
                .param(received.decision().id().toString()).query(Long.class).single();
        jdbc.sql("update audit_entry set actor = 'qualcun-altro' where ente_id = 'mit' and seq = ?").param(seq).update();

        signIn(page, auditor, "password-aldo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registro di audit")).click();

        assertThat(page.getByTestId("chain")).containsText("Catena interrotta alla voce " + seq + ".");
        assertThat(page.getByTestId("chain")).containsText("Il contenuto della voce " + seq
                + " è stato modificato dopo la scrittura.");
        assertThat(page.locator("tr.table-danger")).containsText("qualcun-altro");
        screenshot(page, "audit-broken");
    }

    @Test
    void aLongQueueIsShownOnePageAtATime() {
        String moderator = "milo-" + suffix;
        staff.create(moderator, "Milo Sala", "password-milo", Map.of(TEST_ENTE, Set.of(Role.MODERATOR)));
        for (int i = 1; i <= 55; i++) {
            moderation.receive(TEST_ENTE, comment("Sei un imbecille, vergognati " + i + " " + suffix));
        }

        signIn(page, moderator, "password-milo");
        page.navigate(url("/console/" + TEST_ENTE + "/coda"));
        assertThat(page.locator("[data-queue-item]")).hasCount(50);
        assertThat(page.getByTestId("queue-pages")).containsText("Pagina 1 di ");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pagina successiva")).click();

        assertThat(page.getByTestId("queue-pages")).containsText("Pagina 2 di ");
        assertThat(page.locator("[data-queue-item]").first()).isVisible();
        assertThat(page.getByTestId("queue-count")).containsText("commenti in coda");
    }

    @Test
    void aManagerMakesABanPermanentAsTheSecondPerson() {
        String manager = "marta-" + suffix;
        staff.create(manager, "Marta Conti", "password-marta", Map.of("comune-massa", Set.of(Role.MANAGER)));
        String repeat = "recidivo-" + suffix;
        Received last = null;
        for (int i = 1; i <= 3; i++) {
            last = moderation.receive("comune-massa", comment(repeat, "Sei un imbecille, vergognati " + i + " " + suffix));
        }
        assertThat(last.decision().measures()).contains(AuthorMeasure.BAN);

        signIn(page, manager, "password-marta");
        page.navigate(url("/console/comune-massa/autori/" + repeat));
        var ban = page.getByTestId("sanctions").locator("tbody tr").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sospensione"));
        assertThat(ban.getByTestId("confirm-permanent")).isVisible();
        ban.getByTestId("confirm-permanent").click();

        assertThat(page.getByTestId("notice")).containsText("La sospensione è ora definitiva");
        assertThat(page.getByTestId("sanctions")).containsText("definitiva (confermata da " + manager + ")");
        assertThat(page.getByTestId("confirm-permanent")).hasCount(0);
        assertThat(moderation.sanctions("comune-massa", repeat)).filteredOn(sn -> sn.measure() == AuthorMeasure.BAN)
                .singleElement().satisfies(sn -> {
                    assertThat(sn.confirmedBy()).isEqualTo(manager);
                    assertThat(sn.endsAt()).isNull();
                    assertThat(moderation.confirmPermanentBan("comune-massa", sn.id(), "un-altro-" + suffix))
                            .as("a second confirmation").hasValueSatisfying(refusal -> assertThat(refusal)
                                    .contains("già definitivo", manager));
                });
        screenshot(page, "author-permanent-ban");
    }

    private static NewInteraction comment(String text) {
        return comment("autore-" + UUID.randomUUID(), text);
    }

    private static NewInteraction comment(String author, String text) {
        return new NewInteraction("facebook", InteractionKind.COMMENT, UUID.randomUUID().toString(), "post-1",
                "Lavori notturni in via Appia: chiusura dalle 22 alle 6", null, author, "Luca Neri", text, Instant.now());
    }
}
