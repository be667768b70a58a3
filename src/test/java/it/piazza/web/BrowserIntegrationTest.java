package it.piazza.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import it.piazza.testsupport.DistinctWords;
import it.piazza.testsupport.HeadlessChromium;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every test of the console in a real browser stands on: one headless Chromium per test class
 * ({@link HeadlessChromium}, skipped where it is not installed), pages in fresh browser contexts closed after each
 * test, signing in through the login form, screenshots into {@code target/screenshots/}, and axe-core's WCAG 2.1
 * A/AA checks. A subclass brings its own {@code @SpringBootTest} (on a random port) and database.
 */
abstract class BrowserIntegrationTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    /** A fresh tag for one test, to tell its accounts and texts from those of the others in the shared database. */
    final String suffix = DistinctWords.next();

    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    private int port;

    @BeforeAll
    static void launchBrowser() {
        HeadlessChromium.assumeInstalled();
        playwright = Playwright.create();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    /** @return a page in a browser context of its own (1280×900, Italian), closed after the test */
    Page newPage() {
        return open(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("it-IT"));
    }

    /**
     * @return a page in a browser context of its own (1280×900) that ignores the Content Security Policy, so that
     *     {@link #violations(Page)} can inject axe-core as a script; closed after the test
     */
    Page newPageForAxe() {
        return open(new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    }

    private Page open(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        contexts.add(context);
        return context.newPage();
    }

    /**
     * Signs in on {@code page} through the console's login form and waits until the console greets the person.
     *
     * @param page a page of this test
     * @param username the staff account's name
     * @param password its password
     */
    void signIn(Page page, String username, String password) {
        page.navigate(url("/console"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accesso alla console"))).isVisible();
        page.getByLabel("Nome utente").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Esci").setExact(true))).isVisible();
    }

    /** Saves the whole of {@code page} as {@code target/screenshots/<name>.png}. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** @return the address of {@code path} on the server under test */
    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * @param page a page opened by {@link #newPageForAxe()}
     * @return axe-core's WCAG 2.1 A and AA violations on the page as it is now, one line each (rule, help, where)
     */
    static List<String> violations(Page page) {
        return new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze()
                .getViolations().stream()
                .map((Rule rule) -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }
}
