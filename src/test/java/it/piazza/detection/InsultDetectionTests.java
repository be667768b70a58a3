package it.piazza.detection;

import static it.piazza.detection.Analyses.analyze;
import static it.piazza.detection.Analyses.categories;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InsultDetectionTests {

    @ParameterizedTest
    @ValueSource(strings = {"Sei un imbecille", "siete dei coglioni", "Che stronzi!", "vaffanculo a tutti",
            "Ministero di buffoni", "sei una merda", "porco dio che caldo", "Presidente della Provincia coglione"})
    void findsInsultsAndVulgarity(String text) {
        assertThat(categories(text)).contains(Category.INSULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sei un imb3cille", "c@zzo che coda", "sei una m***a", "v a f f a n c u l o a tutti",
            "stronzooooo", "s.t.r.o.n.z.o", "str0nz0"})
    void seesThroughObfuscation(String text) {
        assertThat(categories(text)).contains(Category.INSULT);
    }

    @Test
    void namesTheObfuscatedFormInTheReason() {
        Finding insult = analyze("sei un imb3cille", null, AnalysisSettings.defaults()).finding(Category.INSULT).orElseThrow();

        assertThat(insult.reason()).contains("'imbecille'").contains("obfuscated 'imb3cille'");
        assertThat(insult.evidence()).singleElement().satisfies(span -> assertThat(span.of("sei un imb3cille")).isEqualTo("imb3cille"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"L'assessore è incompetente e dovrebbe dimettersi",
            "Vergogna, strade piene di buche da mesi", "Che schifo di città, ci sono topi ovunque",
            "La cazzuola del muratore è rimasta nel cantiere", "Servizio pessimo, siete inadeguati",
            "Mi hanno scritto \"sei un idiota\", è normale?", "Mi ha dato dell'imbecille allo sportello",
            "Ho comprato un finocchio per il sugo", "Porca miseria, di nuovo il calendario cambiato!",
            "Che figata la nuova piazza"})
    void keepsCriticismQuotesAndInnocentWordsClean(String text) {
        assertThat(categories(text)).doesNotContain(Category.INSULT);
    }

    @Test
    void countsAnAmbiguousWordOnlyWhenSomeoneIsCalledIt() {
        assertThat(categories("Ieri ho mangiato un maiale arrosto alla sagra")).doesNotContain(Category.INSULT);
        assertThat(categories("Sei un maiale")).contains(Category.INSULT);
    }
}
