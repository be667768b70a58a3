package it.piazza.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static it.piazza.policy.PolicyFixture.SOURCE;
import static it.piazza.policy.PolicyFixture.lineOf;
import static it.piazza.policy.PolicyFixture.problems;

import it.piazza.detection.Topic;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The optional {@code offices} list: reading, validation with positions, the public page, the presets. */
class PolicyOfficesTests {

    private static final String OFFICES = """
            offices:
              - id: rifiuti
                name: "Rifiuti e igiene urbana"
                topics: [WASTE, ENVIRONMENT]
                email: ambiente@comune.prova.it
              - id: protezione-civile
                name: "Protezione civile"
                topics: [CIVIL_PROTECTION]
                url: https://www.comune.prova.it/protezione-civile
            """;

    private static final String VALID = PolicyFixture.replace(PolicyFixture.VALID, "private_messages:",
            OFFICES.stripLeading() + "private_messages:");

    static final List<String> PRESETS = Presets.IDS;

    private static String replace(String target, String replacement) {
        return PolicyFixture.replace(VALID, target, replacement);
    }

    @Test
    void readsOfficesAndFindsTheOfficeOfATopic() {
        Policy policy = PolicyReader.read(SOURCE, VALID);

        assertThat(policy.offices()).extracting(Office::id).containsExactly("rifiuti", "protezione-civile");
        assertThat(policy.office(Topic.ENVIRONMENT)).map(Office::name).contains("Rifiuti e igiene urbana");
        assertThat(policy.office(Topic.WASTE)).map(Office::reach).contains("ambiente@comune.prova.it");
        assertThat(policy.office(Topic.TAXES)).isEmpty();
    }

    @Test
    void readsAPolicyWithoutOffices() {
        String yaml = VALID.substring(0, VALID.indexOf("offices:")) + VALID.substring(VALID.indexOf("private_messages:"));

        assertThat(PolicyReader.read(SOURCE, yaml).offices()).isEmpty();
    }

    @Test
    void suggestsTheTopicOfAMisspelledOne() {
        String yaml = replace("[WASTE, ENVIRONMENT]", "[WASTE, ENVIRONMNT]");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "ENVIRONMNT"));
            assertThat(p.path()).isEqualTo("offices[0].topics[1]");
            assertThat(p.message()).contains("unknown value \"ENVIRONMNT\"", "did you mean ENVIRONMENT?");
        });
    }

    @Test
    void rejectsATopicHandledByTwoOffices() {
        String yaml = replace("topics: [CIVIL_PROTECTION]", "topics: [CIVIL_PROTECTION, WASTE]");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "[CIVIL_PROTECTION, WASTE]"));
            assertThat(p.path()).isEqualTo("offices[1].topics");
            assertThat(p.message()).contains("WASTE is already handled by the office \"rifiuti\"");
        });
    }

    @Test
    void rejectsAnOfficeWithoutAWayToReachIt() {
        String yaml = replace("    url: https://www.comune.prova.it/protezione-civile\n", "");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("offices[1].name");
            assertThat(p.message()).contains("has no way to reach it");
        });
    }

    @Test
    void rejectsDuplicateIdsAndEmptyTopics() {
        String yaml = replace("  - id: protezione-civile", "  - id: rifiuti")
                .replace("topics: [CIVIL_PROTECTION]", "topics: []");

        assertThat(problems(yaml)).extracting(PolicyProblem::message).containsExactly(
                "another office already has id \"rifiuti\"; office ids must be unique",
                "the office handles no topic; list its topics, e.g. [WASTE]");
    }

    @Test
    void namesAnUnknownFieldOfAnOffice() {
        String yaml = replace("    email: ambiente@comune.prova.it", "    mail: ambiente@comune.prova.it");

        assertThat(problems(yaml)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(yaml, "mail: ambiente"));
            assertThat(p.message()).contains("unknown field \"mail\"");
        });
    }

    @Test
    void showsOfficesOnThePublicPageInBothFormats() {
        Policy policy = PolicyReader.read(SOURCE, VALID);
        PolicyPage page = PolicyPage.create();

        String html = page.render(policy, PolicyPage.Format.HTML, null);
        String md = page.render(policy, PolicyPage.Format.MD, null);

        assertThat(html).contains("Uffici competenti", "Rifiuti e igiene urbana", "Rifiuti, ", "Ambiente e verde",
                "mailto:ambiente@comune.prova.it");
        assertThat(md).contains("## Uffici competenti", "- **Protezione civile** (Temi: Protezione civile)",
                "<https://www.comune.prova.it/protezione-civile>");
    }

    @ParameterizedTest
    @FieldSource("PRESETS")
    void presetsListOfficesOnlyAsAssumptionsPointingToTheirOwnContacts(String id) {
        Policy policy = Presets.load(id);

        List<URI> published = Stream.concat(Stream.of(policy.ente().website()),
                policy.contacts().stream().map(Contact::url).filter(Objects::nonNull)).toList();

        assertThat(policy.offices()).isNotEmpty();
        assertThat(policy.assumption("offices")).isPresent();
        assertThat(policy.offices()).allSatisfy(office -> {
            assertThat(office.phone()).as("no invented phone numbers").isNull();
            assertThat(office.email()).isNull();
            assertThat(office.url()).isIn(published);
        });
    }
}
