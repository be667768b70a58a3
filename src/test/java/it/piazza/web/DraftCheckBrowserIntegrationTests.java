package it.piazza.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.testsupport.DistinctWords;
import it.piazza.testsupport.EmbeddedDatabases;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The draft check in a real browser: an editor learns what blocks a post (par condicio in a period entered on
 * the page, an image without alternative text) and what only needs a second look; a viewer cannot open it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "piazza.demo=false")
class DraftCheckBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final String MONZA = "provincia-monza-brianza";

    @Autowired
    StaffAccounts staff;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    private Page signedInEditor() {
        String editor = "elena-" + DistinctWords.next();
        staff.create(editor, "Elena Riva", "password-elena", Map.of(MONZA, Set.of(Role.EDITOR)));
        Page page = newPageForAxe();
        signIn(page, editor, "password-elena");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verifica un post")).click();
        return page;
    }

    /** Ticks a box as a person does: Bootstrap Italia draws the box on the label, over the input. */
    private static void tick(Locator scope, String label) {
        scope.locator("label").filter(new Locator.FilterOptions().setHasText(label)).click();
        assertThat(scope.getByLabel(label)).isChecked();
    }

    @Test
    void anEditorLearnsThatAnEventPostInAnElectoralPeriodWithAnUndescribedImageCannotGoOut() {
        Page page = signedInEditor();
        String text = "Sabato inauguriamo la nuova pista ciclabile lungo il Lambro: vi aspettiamo alle 10!";

        page.getByLabel("Testo del post").fill(text);
        page.getByLabel("Tipo di post").selectOption("EVENT");
        page.getByLabel("Data e ora di pubblicazione").fill("2027-05-12T10:00");
        Locator image = page.getByTestId("image-1");
        tick(image, "Il post ha questa immagine");
        tick(image, "non ritrae minori");
        page.getByLabel("Primo giorno").fill("2027-05-01");
        page.getByLabel("Ultimo giorno").fill("2027-05-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifica il post")).click();

        assertThat(page.getByTestId("verdict")).containsText("non si può pubblicare così");
        assertThat(page.locator("[data-testid=finding][data-severity=BLOCK]")).hasCount(2);
        assertThat(page.locator("[data-testid=finding][data-code=PAR_CONDICIO]")).containsText("Par condicio");
        assertThat(page.locator("[data-testid=finding][data-code=PAR_CONDICIO]")).containsText("L. 28/2000");
        assertThat(page.locator("[data-testid=finding][data-code=ALT_TEXT_MISSING]")).containsText("manca il testo alternativo");
        assertThat(page.getByLabel("Testo del post")).hasValue(text);
        assertThat(image.getByLabel("Il post ha questa immagine")).isChecked();
        assertThat(page.getByLabel("Tipo di post")).hasValue("EVENT");
        screenshot(page, "draft-check-blocked");
        assertThat(violations(page)).isEmpty();
    }

    @Test
    void anEditorLearnsThatAPlainServiceNoticeCanGoOutWithAdviceOnly() {
        Page page = signedInEditor();

        page.getByLabel("Testo del post").fill("Lunedì l'ufficio tributi resta chiuso per un guasto. "
                + "Riapre martedì alle 9. Per pagare puoi usare il sito della Provincia.");
        page.getByLabel("Tipo di post").selectOption("SERVICE");
        Locator image = page.getByTestId("image-1");
        tick(image, "Il post ha questa immagine");
        image.getByRole(AriaRole.TEXTBOX).fill("Il portone dell'ufficio tributi con il cartello «Chiuso per guasto».");
        tick(image, "non ritrae minori");
        tick(image, "non ritrae volti riconoscibili");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifica il post")).click();

        assertThat(page.getByTestId("verdict")).containsText("si può pubblicare");
        assertThat(page.locator("[data-testid=finding][data-severity=BLOCK]")).hasCount(0);
        assertThat(page.getByTestId("gulpease")).containsText("Gulpease");
        assertThat(violations(page)).isEmpty();
    }

    @Test
    void aPeriodWithoutItsLastDayIsRefusedWithTheTextKept() {
        Page page = signedInEditor();

        page.getByLabel("Testo del post").fill("Domenica si vota dalle 7 alle 23.");
        page.getByLabel("Primo giorno").fill("2027-05-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifica il post")).click();

        assertThat(page.getByTestId("problem")).containsText("sia il primo sia l'ultimo giorno");
        assertThat(page.getByTestId("review")).hasCount(0);
        assertThat(page.getByLabel("Testo del post")).hasValue("Domenica si vota dalle 7 alle 23.");
    }

    @Test
    void aViewerCannotOpenTheDraftCheck() {
        String viewer = "vito-" + DistinctWords.next();
        staff.create(viewer, "Vito Neri", "password-vito", Map.of(MONZA, Set.of(Role.VIEWER)));
        Page page = newPage();
        signIn(page, viewer, "password-vito");

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verifica un post"))).hasCount(0);
        assertThat(page.navigate(url("/console/" + MONZA + "/post")).status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Non hai accesso a questa pagina");
    }
}
