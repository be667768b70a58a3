package it.piazza.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for the browser tests (Playwright downloads no browser). A developer
 * machine without Chromium skips the tests; CI installs it and sets {@code CI}, so there a missing browser
 * fails them.
 */
public final class HeadlessChromium {

    /** Where Debian's package installs it. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** @return a headless Chromium started by {@code playwright}, or skips the calling tests when it is absent */
    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    /** Skips the calling tests on a developer machine without Chromium; never in CI. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
                "Chromium is not installed at " + CHROMIUM);
    }
}
