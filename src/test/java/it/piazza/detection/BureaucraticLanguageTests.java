package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The burocratese lexicon of docs/italian-pa-rules.md §7.3, with plain alternatives. */
class BureaucraticLanguageTests {

    private final BureaucraticLanguage lexicon = BureaucraticLanguage.standard();

    @Test
    void findsTermsWithTheirPlainAlternative() {
        String text = "Qualora il pagamento non avvenga, al fine di evitare sanzioni, si invita a rivolgersi all'URP.";
        List<BureaucraticTerm> terms = lexicon.find(text);

        assertThat(terms).extracting(BureaucraticTerm::term).containsExactly("Qualora", "al fine di");
        assertThat(terms).extracting(BureaucraticTerm::plain).containsExactly("se", "per");
        assertThat(terms.get(1).span().of(text)).isEqualTo("al fine di");
    }

    @Test
    void findsATermAfterAnElisionAndByItsStem() {
        List<BureaucraticTerm> terms = lexicon.find("Nelle more dell'espletamento della gara gli emolumenti restano sospesi.");

        assertThat(terms).extracting(BureaucraticTerm::term)
                .containsExactly("Nelle more", "espletamento", "emolumenti");
    }

    @Test
    void prefersTheLongestPhrase() {
        assertThat(lexicon.find("Il pagamento è dovuto a decorrere dalla data di notifica."))
                .extracting(BureaucraticTerm::term, BureaucraticTerm::plain)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a decorrere dalla", "dalla"));
    }

    @Test
    void ignoresPlainItalianAndWordsThatOnlyContainATerm() {
        assertThat(lexicon.find("Da lunedì l'ufficio paga gli stipendi. Se hai dubbi scrivi all'URP.")).isEmpty();
        assertThat(lexicon.find("Il controverso progetto è in corso.")).isEmpty();
    }
}
