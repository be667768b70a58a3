package it.piazza.detection;

import static it.piazza.detection.Analyses.categories;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreatDetectionTests {

    @ParameterizedTest
    @ValueSource(strings = {"Ti ammazzo", "Sappiamo dove abiti", "so dove lavori, stai attento",
            "ti aspetto sotto casa", "farai una brutta fine", "gli spacco la faccia", "vi do fuoco a tutti",
            "meriterebbe una pallottola", "andrebbero impiccati tutti", "bisognerebbe investirli",
            "guardati le spalle", "incendiamo il municipio", "vi incendierò la macchina"})
    void findsExplicitAndImplicitThreats(String text) {
        assertThat(categories(text)).contains(Category.THREAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prima o poi su quella strada ci scappa il morto", "Ammazza che caldo oggi",
            "Il ponte è pericoloso, rischiamo tutti la vita", "Mi hanno scritto \"so dove abiti\", cosa devo fare?",
            "C'è una crepa nel muro della scuola", "Aiuto! C'è un incendio nel palazzo di fronte, esce fumo nero",
            "Incendio in casa al terzo piano, chiamate i vigili del fuoco"})
    void keepsDangerReportsAndReportedThreatsClean(String text) {
        assertThat(categories(text)).doesNotContain(Category.THREAT);
    }
}
