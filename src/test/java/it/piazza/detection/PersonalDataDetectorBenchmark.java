package it.piazza.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the personal data detector on one thread, in comments per second, over a realistic mix of
 * comments to a public administration's posts: most hold no personal data (complaints, questions, insults,
 * dates, times, bus lines, amounts), one in five holds some. Run it as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PersonalDataDetectorBenchmark {

    /** Thirty-two comments without personal data. */
    static final List<String> PLAIN = List.of(
            "Ma quando sistemate la buca in via Roma? È lì da tre mesi!!!",
            "Vergogna, l'autobus 90 delle 7.45 non è passato neanche oggi",
            "Grazie per l'informazione, molto utile 👍",
            "A che ora apre l'anagrafe sabato?",
            "Il semaforo di piazza Duomo è rotto da giorni, qualcuno intervenga",
            "Siete dei buffoni, tutti a casa",
            "Quando arriva il bonus affitti? Ho fatto domanda a marzo",
            "La raccolta dell'umido è saltata di nuovo in zona stazione",
            "Bellissima iniziativa, complimenti al Comune!",
            "Ho pagato 1.250,00 euro di TARI il 12/03/2024 e nessuna ricevuta",
            "Il parco giochi è pieno di vetri rotti, i bambini si fanno male",
            "Le strisce pedonali davanti alla scuola non si vedono più",
            "Perché il sito del Comune non funziona mai?",
            "Ottimo lavoro per la festa del patrono, tutto perfetto",
            "Il CAP di Monza è 20900, correggete il modulo online",
            "La linea 5 e la linea 12 sono soppresse dal 1 luglio?",
            "Temperature tra 12 e 25 gradi, allerta gialla per il 15/06",
            "Servono più parcheggi per disabili vicino all'ospedale",
            "Il sindaco aveva promesso la rotonda in corso Milano, che fine ha fatto?",
            "Non si può andare avanti così, la città è sporca",
            "Orari ufficio tributi: lun-ven 9-13, giovedì anche 14-17",
            "Quanto costa la mensa scolastica quest'anno?",
            "Le luminarie sono bellissime, brava l'amministrazione",
            "Il biglietto del bus costa 2 euro, è uno scandalo",
            "Via Garibaldi è chiusa per lavori dal km 3 al km 5",
            "Il modulo 730/2024 non si scarica dal portale",
            "Ci vediamo il 12.03.2024 alle 10:30 davanti al municipio",
            "La partita è finita 3-1, tutti in piazza!",
            "Ancora nessuna risposta dall'URP dopo due settimane",
            "Servono più fondi per la ricerca sul cancro",
            "Ho letto che Giuseppe Verdi è nato a Busseto",
            "I vigili multano solo chi lavora, i furbi mai");

    /** Eight comments with personal data. */
    static final List<String> PERSONAL = List.of(
            "Buongiorno, mi chiamo Giulia Ferrari e abito in via Manzoni 14: il bidone non viene svuotato",
            "Potete richiamarmi al 347 889 1203? Sono due settimane che aspetto",
            "Il rimborso sull'IBAN IT60 X054 2811 1010 0000 0123 456 non è mai arrivato",
            "Ho mandato il codice fiscale BNCSFN85T58G702W ma risulta errato",
            "Mia madre è malata di Alzheimer e non riesce a fare la fila allo sportello",
            "Mia figlia di 9 anni che va alla scuola Rodari torna a casa da sola",
            "Scrivetemi a francesca.moretti82@gmail.com, protocollo n. 45871/2025",
            "La mia auto targata FB 482 KT è stata rimossa, P.IVA della ditta 01333550323");

    /** The mix: four plain comments for each personal one. */
    static final List<String> MIX = mix();
    private static final int MIX_SIZE = 40;

    private final PersonalDataDetector detector = PersonalDataDetector.withPublicContacts(
            List.of("Via Grigna 13, 20900 Monza", "Tel. 039.975.2304", "urp@comune.monza.it"));
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    private static List<String> mix() {
        List<String> all = new java.util.ArrayList<>(PLAIN);
        all.addAll(PERSONAL);
        if (all.size() != MIX_SIZE) {
            throw new IllegalStateException("the mix must hold " + MIX_SIZE + " comments");
        }
        return List.copyOf(all);
    }

    /** The whole detector over the realistic mix: the score is comments per second. */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void realisticMix(Blackhole blackhole) {
        for (String comment : MIX) {
            blackhole.consume(detector.find(comment));
        }
    }

    /** The whole detector over comments that all hold personal data: the worst case. */
    @Benchmark
    @OperationsPerInvocation(8)
    public void personalDataOnly(Blackhole blackhole) {
        for (String comment : PERSONAL) {
            blackhole.consume(detector.find(comment));
        }
    }

    /** libphonenumber alone on one pre-filtered candidate run, as the phone recognizer calls it. */
    @Benchmark
    public Object libphonenumberOnCandidate() {
        return phones.findNumbers("347 889 1203", "IT", PhoneNumberUtil.Leniency.VALID, 8).iterator().hasNext();
    }
}
