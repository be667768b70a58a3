package it.piazza.detection;

import static it.piazza.detection.Analyses.categories;
import static it.piazza.detection.Analyses.intents;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntentDetectionTests {

    @ParameterizedTest
    @ValueSource(strings = {"Come faccio a rinnovare la mia patente? Non riesco a prenotare",
            "Ho inviato la domanda con la PEC a febbraio ma non ho ancora ricevuto risposta",
            "A chi devo rivolgermi per il rimborso del pedaggio?", "Potete aiutarmi a sbloccare la pratica?"})
    void findsRequestsForHelpOnAPersonalCase(String text) {
        assertThat(intents(text)).contains(Intent.ASSISTANCE_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Il lampione di via Garibaldi è spento da settimane, nessuno interviene",
            "Vergogna, strade piene di buche da mesi", "Il regionale delle 7:12 è in ritardo tutti i giorni",
            "I cassonetti straripano da dieci giorni"})
    void findsComplaintsAndReportsOfDisservices(String text) {
        assertThat(intents(text)).contains(Intent.COMPLAINT);
        assertThat(categories(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Grazie per l'avviso", "Bellissima la nuova piazza"})
    void findsNoIntentInThanks(String text) {
        assertThat(intents(text)).isEmpty();
    }
}
