package it.piazza.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/**
 * Every sentence a preset attributes to its ente must be in the ente's published text, character for character
 * (curly apostrophes and quotes included); only runs of whitespace are normalised.
 */
class PresetTraceabilityTests {

    static final List<String> PRESETS = Presets.IDS;

    @ParameterizedTest
    @FieldSource("PRESETS")
    void everyQuotedSentenceIsVerbatimInTheSeed(String id) {
        Policy policy = Presets.load(id);
        String seed = SeedTexts.of(id);

        List<SeedTexts.Quoted> quoted = SeedTexts.quotedSentences(policy);

        assertThat(quoted).isNotEmpty();
        assertThat(quoted).allSatisfy(q -> assertThat(SeedTexts.isVerbatim(q.text(), seed))
                .as("%s %s is not verbatim in seeds/%s.txt: %s", id, q.field(), id, q.text())
                .isTrue());
    }

    @ParameterizedTest
    @FieldSource("PRESETS")
    void everyNamedCategoryHasAClause(String id) {
        Policy policy = Presets.load(id);

        assertThat(policy.moderation().categories().values())
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.clause()).isNotBlank());
    }

    @Test
    void rejectsAParaphrasedClause() {
        String seed = SeedTexts.of("provincia-monza-brianza");
        String verbatim = "riportano, direttamente o indirettamente, informazioni riferite a minori;";

        assertThat(SeedTexts.isVerbatim(verbatim, seed)).isTrue();
        assertThat(SeedTexts.isVerbatim("riportano direttamente o indirettamente informazioni riferite a minori;", seed)).isFalse();
        assertThat(SeedTexts.isVerbatim(verbatim.replace(";", "."), seed)).isFalse();
    }

    @Test
    void rejectsAStraightApostropheWhereTheSeedHasACurlyOne() {
        String seed = SeedTexts.of("comune-porto-sant-elpidio");

        assertThat(SeedTexts.isVerbatim("I commenti devono riguardare l’argomento trattato.", seed)).isTrue();
        assertThat(SeedTexts.isVerbatim("I commenti devono riguardare l'argomento trattato.", seed)).isFalse();
    }

    @Test
    void normalisesOnlyWhitespace() {
        String seed = SeedTexts.of("mit");

        assertThat(SeedTexts.isVerbatim("possono essere riprodotti e   riutilizzati\nliberamente citando la fonte", seed)).isTrue();
        assertThat(SeedTexts.isVerbatim("Possono essere riprodotti e riutilizzati liberamente citando la fonte", seed)).isFalse();
    }
}
