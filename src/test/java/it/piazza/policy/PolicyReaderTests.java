package it.piazza.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static it.piazza.policy.PolicyFixture.SOURCE;
import static it.piazza.policy.PolicyFixture.VALID;
import static it.piazza.policy.PolicyFixture.lineOf;
import static it.piazza.policy.PolicyFixture.problems;

import it.piazza.detection.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyReaderTests {

    private static String replace(String target, String replacement) {
        return PolicyFixture.replace(VALID, target, replacement);
    }

    @Test
    void readsTheValidFixture() {
        Policy policy = PolicyReader.read(SOURCE, VALID);

        assertThat(policy.id()).isEqualTo("comune-prova");
        assertThat(policy.rule(Category.INSULT)).isPresent();
        assertThat(policy.retention().evidence()).hasMonths(6);
    }

    @Test
    void namesTheLineOfAnUnknownCategory() {
        String yaml = replace("    INSULT:", "    INSULTS:");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "INSULTS:"));
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.path()).isEqualTo("moderation.categories.INSULTS");
            assertThat(p.message()).contains("unknown value \"INSULTS\"", "INSULT, THREAT");
        });
    }

    @Test
    void rejectsASlotThatEndsBeforeItStarts() {
        String yaml = replace("to: \"13:00\"", "to: \"08:00\"");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "to: \"08:00\""));
            assertThat(p.path()).isEqualTo("staffed_hours.weekly[0].to");
            assertThat(p.message()).contains("ends at 08:00", "not after it starts at 09:00");
        });
    }

    @Test
    void rejectsOverlappingSlots() {
        String yaml = replace("      to: \"13:00\"\n", """
                      to: "13:00"
                    - days: [TUE, SAT]
                      from: "12:00"
                      to: "15:00"
                """);

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "from: \"12:00\""));
            assertThat(p.path()).isEqualTo("staffed_hours.weekly[1].from");
            assertThat(p.message()).contains("overlaps the slot 09:00–13:00", "TUESDAY");
        });
    }

    @Test
    void acceptsSlotsThatFollowEachOther() {
        String yaml = replace("      to: \"13:00\"\n", """
                      to: "13:00"
                    - days: [TUE]
                      from: "13:00"
                      to: "15:00"
                """);

        assertThat(PolicyReader.read(SOURCE, yaml).hours().weekly()).hasSize(2);
    }

    @Test
    void rejectsASlotWithoutDays() {
        String yaml = replace("[MON, TUE, WED, THU, FRI]", "[]");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "days: []"));
            assertThat(p.path()).isEqualTo("staffed_hours.weekly[0].days");
            assertThat(p.message()).contains("no day", "[MON, TUE, WED, THU, FRI]");
        });
    }

    @Test
    void rejectsAChannelWithoutUrl() {
        String yaml = replace("    url: https://www.facebook.com/comuneprova\n", "");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "id: facebook"));
            assertThat(p.path()).isEqualTo("channels[0].url");
            assertThat(p.message()).contains("missing field \"url\"", "https://");
        });
    }

    @Test
    void rejectsAnEnabledCategoryWithoutClause() {
        String yaml = replace("      clause: \"Non sono tollerati insulti.\"\n", "");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "action: REMOVE"));
            assertThat(p.path()).isEqualTo("moderation.categories.INSULT.clause");
            assertThat(p.message()).contains("INSULT is enabled", "no clause", "copy the sentence");
        });
    }

    @Test
    void acceptsAKeptCategoryWithoutClause() {
        String yaml = replace("      action: REMOVE\n      clause: \"Non sono tollerati insulti.\"\n", "      action: KEEP\n");

        assertThat(PolicyReader.read(SOURCE, yaml).rule(Category.INSULT).orElseThrow().clause()).isEmpty();
    }

    @Test
    void rejectsADateInTheItalianFormat() {
        String yaml = replace("  seat: Prova\n", "  seat: Prova\n  last_modified: 04/07/2024\n");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "last_modified"));
            assertThat(p.column()).isEqualTo(18);
            assertThat(p.path()).isEqualTo("ente.last_modified");
            assertThat(p.message()).contains("\"04/07/2024\" is not valid", "YYYY-MM-DD");
        });
    }

    @Test
    void rejectsAPatronDayWithTheYear() {
        String yaml = replace("      to: \"13:00\"\n", "      to: \"13:00\"\n  patron_day:\n    date: \"2026-06-24\"\n    name: San Giovanni Battista\n");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "2026-06-24"));
            assertThat(p.path()).isEqualTo("staffed_hours.patron_day.date");
            assertThat(p.message()).contains("MM-DD");
        });
    }

    @Test
    void namesAMisspelledField() {
        String yaml = replace("purposes:\n", "other_profile_notice: \"Altri profili non sono nostri.\"\npurposes:\n");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "other_profile_notice"));
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("unknown field \"other_profile_notice\"", "other_profiles_notice");
        });
    }

    @Test
    void namesTheLineOfInvalidYamlSyntax() {
        String yaml = replace("  name: Comune di Prova", "  name: Comune: di Prova");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "Comune: di Prova"));
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("not valid YAML", "quotes");
        });
    }

    @Test
    void rejectsAnotherFormatVersion() {
        String yaml = replace("format: 1", "format: 2");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.path()).isEqualTo("format");
            assertThat(p.message()).contains("unsupported format 2", "reads format 1");
        });
    }

    @Test
    void rejectsAFileWithoutFormat() {
        String yaml = replace("format: 1\n", "");

        assertThat(problems(yaml)).singleElement().satisfies(p ->
                assertThat(p.message()).contains("missing field \"format\"", "format: 1"));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(problems("# nothing\n")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void rejectsAnAssumptionAboutAFieldThatDoesNotExist() {
        String yaml = VALID + "assumptions:\n  - path: staffed_hours.weeekly\n    note: \"Da confermare.\"\n";

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "staffed_hours.weeekly"));
            assertThat(p.path()).isEqualTo("assumptions[0].path");
            assertThat(p.message()).contains("names no field");
        });
    }

    @Test
    void rejectsComplaintsSentToAContactThatIsNotListed() {
        String yaml = replace("complaint_contacts: [URP]", "complaint_contacts: [URP, PEC]");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("private_messages.complaint_contacts");
            assertThat(p.message()).contains("PEC");
        });
    }

    @Test
    void reportsEveryProblemInFileOrderAndLoadsNothing() {
        String yaml = replace("format: 1", "format: 2")
                .replace("    INSULT:", "    INSULTS:")
                .replace("    url: https://www.facebook.com/comuneprova\n", "")
                .replace("to: \"13:00\"", "to: \"08:00\"");

        assertThatThrownBy(() -> PolicyReader.read(SOURCE, yaml))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> {
                    assertThat(e.problems()).extracting(PolicyProblem::path).containsExactly("format", "channels[0].url",
                            "staffed_hours.weekly[0].to", "moderation.categories.INSULTS");
                    assertThat(e.problems()).extracting(PolicyProblem::line).isSorted();
                    assertThat(e.getMessage()).contains("prova.yaml:1:9: format: unsupported format 2")
                            .contains("prova.yaml:" + lineOf(yaml, "INSULTS") + ":5: moderation.categories.INSULTS: unknown value");
                });
    }

    @Test
    void namesTheFileInProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("comune-prova.yaml");
        Files.writeString(file, replace("format: 1", "format: 2"));

        assertThatThrownBy(() -> PolicyReader.read(file))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("comune-prova.yaml:1:9: format: unsupported format 2");
    }

    @Test
    void rejectsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, VALID.replace("Comune di Prova", "Comune di Prova è").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> PolicyReader.read(file))
                .isInstanceOfSatisfying(InvalidPolicyException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not UTF-8")));
    }

    @Test
    void everyPresetIsValid() {
        assertThat(Presets.all()).hasSize(5).extracting(Policy::format).containsOnly(PolicyReader.FORMAT);
    }
}
