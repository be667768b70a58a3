package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Italian triage rules: positive, negative and hard cases per intent, topics, evidence. */
class MessageTriageTests {

    private final MessageTriage triage = MessageTriage.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            C'è un incendio nel palazzo di fronte, esce fumo nero!                    | EMERGENCY
            sento odore di gas sulle scale del condominio                              | EMERGENCY
            incidente in via Aurelia, due auto e un ferito                             | EMERGENCY
            AIUTO                                                                      | EMERGENCY
            il cassonetto sotto casa brucia e il fumo entra nelle finestre             | EMERGENCY
            aiuto! mia madre non respira                                               | EMERGENCY
            il fiume è esondato e l'acqua sta entrando in casa                         | EMERGENCY
            un albero caduto blocca la strada e ci sono cavi a terra                   | EMERGENCY
            Sono in emergenza abitativa, ho ricevuto lo sfratto per il mese prossimo   | PERSONAL_CASE
            Ho bisogno di aiuto per compilare la domanda del bonus                     | PERSONAL_CASE
            La mia pratica di residenza è ferma da due mesi                             | PERSONAL_CASE
            Quali sono gli orari dell'ufficio anagrafe?                                | INFO_REQUEST
            Vorrei presentare un reclamo formale sul comportamento di un impiegato     | COMPLAINT
            È inaccettabile, nessuno risponde mai al telefono                          | COMPLAINT
            Segnalo una buca in via Roma davanti al civico 12                          | DISSERVICE_REPORT
            I lampioni di viale Europa sono spenti da una settimana                    | DISSERVICE_REPORT
            Chiedo l'accesso agli atti del procedimento ai sensi della legge 241/1990  | ACCESS_REQUEST
            Sono una giornalista del Corriere, posso avere una dichiarazione del sindaco? | PRESS
            La nostra associazione organizza una raccolta fondi, potete condividerla?  | PUBLICATION_REQUEST
            Siete dei ladri e dei buffoni                                              | ABUSE
            Grazie, buona giornata                                                     | OTHER
            """)
    void recognisesTheIntent(String text, Intent expected) {
        assertThat(triage.classify(text).intent()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Il Comune ha un piano di emergenza in caso di terremoto?
            Dopo l'alluvione dell'anno scorso a che punto è il risarcimento?
            Quanti incidenti ci sono stati l'anno scorso sulle strade provinciali? Servono i dati sugli incidenti
            Sindaco pagliaccio, sparisci
            Ho paura che la mia pratica si sia persa
            C'è un'emergenza abitativa in città, servono più case popolari
            """)
    void doesNotCallAnEmergencyWhatIsNotOne(String text) {
        assertThat(triage.classify(text).intent()).isNotEqualTo(Intent.EMERGENCY);
    }

    @Test
    void emergencyWinsOverAbuseAndComplaint() {
        TriageResult result = triage.classify("Incendio in via Po, idioti, vergogna, nessuno risponde al telefono!");

        assertThat(result.intent()).isEqualTo(Intent.EMERGENCY);
        assertThat(result.confidence()).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I cassonetti della differenziata sono pieni                | WASTE
            L'autobus 64 non passa da un'ora alla fermata              | MOBILITY
            Come si paga la TARI con PagoPA?                           | TAXES
            Quando aprono le iscrizioni all'asilo nido?                | SCHOOLS
            Vorrei parlare con un'assistente sociale per mia madre     | SOCIAL_SERVICES
            Allerta meteo per domani, è prevista un'evacuazione?       | CIVIL_PROTECTION
            Come rinnovo la carta d'identità?                          | REGISTRY
            Ho preso una multa per divieto di sosta                    | LOCAL_POLICE
            """)
    void recognisesTheTopic(String text, Topic expected) {
        assertThat(triage.classify(text).topic()).isEqualTo(expected);
    }

    @Test
    void hasNoTopicForAGreeting() {
        assertThat(triage.classify("Buongiorno a tutti").topic()).isNull();
    }

    @Test
    void matchesInflectedAndAccentedForms() {
        assertThat(triage.classify("Strada ALLAGATA, le macchine sono sommerse").intent()).isEqualTo(Intent.EMERGENCY);
        assertThat(triage.classify("Perché è così difficile? è una vergogna, siamo stufi").intent())
                .isEqualTo(Intent.COMPLAINT);
    }

    @Test
    void givesEvidenceSpansOfTheOriginalTextAndReasons() {
        String text = "Buongiorno! Segnalo una buca in via Garibaldi";
        TriageResult result = triage.classify(text);

        assertThat(result.evidence()).extracting(span -> span.of(text)).contains("Segnalo", "buca");
        assertThat(result.reasons()).contains("DISSERVICE_REPORT: report", "topic ROADS: roads and public works");
    }

    @Test
    void keepsEvidenceOffsetsRightAfterAccentsAndEmoji() {
        String text = "😡 è così: c'è odore di gas";
        TriageResult result = triage.classify(text);

        assertThat(result.intent()).isEqualTo(Intent.EMERGENCY);
        assertThat(result.evidence()).extracting(span -> span.of(text)).contains("odore di gas");
    }

    @Test
    void readsLeetspeakBetweenLettersOnly() {
        assertThat(triage.classify("str0nzi").intent()).isEqualTo(Intent.ABUSE);
        assertThat(triage.classify("Il casello della A24 è bloccato").intent()).isEqualTo(Intent.DISSERVICE_REPORT);
    }

    @Test
    void confidenceIsAProbabilityAndLowerWhenIntentsCompete() {
        double clear = triage.classify("Chiedo l'accesso agli atti della gara d'appalto").confidence();
        double mixed = triage.classify("Reclamo: la mia pratica di contributo è ferma, chi posso contattare?").confidence();

        assertThat(clear).isBetween(0.0, 1.0);
        assertThat(mixed).isBetween(0.0, 1.0).isLessThan(clear);
    }

    @Test
    void isSafeToShareAcrossThreads() {
        List<String> texts = List.of("C'è un incendio!", "Quali sono gli orari?", "Segnalo una buca", "Grazie");
        ConcurrentHashMap<String, Intent> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 400).parallel().forEach(i -> {
            String text = texts.get(i % texts.size());
            Intent intent = triage.classify(text).intent();
            Intent first = seen.putIfAbsent(text, intent);
            assertThat(first == null ? intent : first).isEqualTo(intent);
        });

        assertThat(seen).hasSize(4);
    }
}
