package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PolicyCommandTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PiazzaCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void validatesAPresetFile() throws Exception {
        Path file = dir.resolve("roma.yaml");
        Files.writeString(file, it.piazza.policy.Presets.yaml("roma-capitale"));

        assertThat(run("policy", "validate", file.toString())).isZero();
        assertThat(out.toString()).startsWith("OK ").contains("roma-capitale");
    }

    @Test
    void namesTheLineAndTheProblemOfABrokenFile() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, it.piazza.policy.Presets.yaml("roma-capitale")
                .replace("    INSULT:\n      action: REMOVE", "    INSULTS:\n      action: REMOVE"));
        int line = lineOf(Files.readString(file), "    INSULTS:");

        assertThat(run("policy", "validate", file.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("broken.yaml:" + line + ":5: moderation.categories.INSULTS: unknown value \"INSULTS\"; did you mean INSULT?")
                .contains("nothing was loaded");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rendersThePolicyPageAsMarkdown() {
        assertThat(run("policy", "render", "roma-capitale", "--format", "md")).isZero();
        assertThat(out.toString()).startsWith("# Social media policy — Roma Capitale")
                .contains("| Propaganda politica | Rimozione | «hanno un contenuto politico o propagandistico;» |");
    }

    @Test
    void rendersThePolicyPageAsHtml() {
        assertThat(run("policy", "render", "roma-capitale", "--format", "html")).isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<html lang=\"it\">");
    }

    @Test
    void refusesAnUnknownEnte() {
        assertThat(run("policy", "render", "comune-di-nessuno")).isEqualTo(2);
        assertThat(err.toString()).contains("neither a preset");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }
}
