package it.piazza.platforms.sandbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of the generated activity, written for Piazza (none taken from a dataset): each ente's posts in its
 * own voice, what citizens write under them, and the recurring authors. The names, numbers and addresses are
 * invented.
 */
final class Repertoire {

    /** The five entes' posts: a comune's waste collection, MIT's roadworks, Roma's events, Monza's roads and schools, Porto Sant'Elpidio's summer. */
    static final Map<String, List<String>> POSTS = Map.of(
            "comune-massa", List.of(
                    "♻️ Raccolta differenziata: da lunedì cambia il calendario nel centro storico. L'organico si ritira "
                            + "lunedì, mercoledì e sabato, la carta il giovedì. Esponete i contenitori dopo le 20 della sera prima.",
                    "Ingombranti: il ritiro a domicilio è gratuito su prenotazione al numero verde del gestore. Non lasciate "
                            + "mobili e materassi accanto ai cassonetti: è vietato e si rischia una sanzione.",
                    "Allerta meteo arancione per domani su tutta la costa apuana: scuole, parchi e cimiteri chiusi. Evitate "
                            + "gli spostamenti non necessari.",
                    "Marina di Massa: da sabato riapre la passeggiata del lungomare dopo il rifacimento della pavimentazione.",
                    "Centri di raccolta: nei giorni festivi di aprile l'isola ecologica resta aperta dalle 8 alle 12. "
                            + "Portate un documento e la tessera TARI."),
            "mit", List.of(
                    "A1 Milano-Napoli: per lavori di manutenzione chiusura notturna del tratto tra Barberino e Calenzano in "
                            + "direzione Firenze, dalle 22 alle 6 nelle notti tra martedì e giovedì. Percorsi alternativi indicati sul posto.",
                    "Esodo estivo: previsto traffico intenso sabato e domenica. Divieto di circolazione per i mezzi pesanti "
                            + "oltre 7,5 tonnellate dalle 8 alle 22. Prima di partire consultate le informazioni sul traffico.",
                    "Trasporto pubblico locale: firmato il decreto che assegna alle Regioni i fondi per il rinnovo degli "
                            + "autobus con mezzi elettrici e a idrogeno.",
                    "Patente: dal 1° luglio l'esame di teoria si prenota online dal Portale dell'Automobilista.",
                    "Linea Roma-Firenze: dal 10 al 24 giugno, per lavori, alcuni treni regionali sono sostituiti da autobus "
                            + "tra Orte e Chiusi. Orari aggiornati sui siti delle imprese ferroviarie."),
            "roma-capitale", List.of(
                    "Estate Romana: stasera concerto gratuito al Circo Massimo alle 21. Ingressi da via dei Cerchi, non "
                            + "sono ammesse bottiglie di vetro.",
                    "Domenica al museo: la prima domenica del mese ingresso gratuito nei Musei Civici per tutti.",
                    "Maratona di Roma: domenica strade chiuse in centro dalle 7 alle 15, metropolitane aperte dalle 5:30. "
                            + "Le deviazioni degli autobus sono sul sito dell'agenzia per la mobilità.",
                    "Notte delle biblioteche: venerdì le Biblioteche di Roma restano aperte fino a mezzanotte con letture, "
                            + "laboratori per bambini e musica dal vivo.",
                    "Natale di Roma: il 21 aprile corteo storico e rievocazioni lungo via dei Fori Imperiali, dalle 10."),
            "provincia-monza-brianza", List.of(
                    "SP 6 Monza-Carate: da lunedì senso unico alternato ad Albiate per il rifacimento del ponte sul Lambro. "
                            + "Durata prevista dei lavori: sei settimane.",
                    "Edilizia scolastica: conclusi i lavori di adeguamento antisismico al liceo di Vimercate. Da lunedì le "
                            + "lezioni riprendono nella sede di sempre.",
                    "Neve: i mezzi spargisale della Provincia sono in servizio sulle strade provinciali dalle 4 di stamattina. "
                            + "Guidate con prudenza e montate gli pneumatici invernali.",
                    "Orientamento: sabato open day degli istituti superiori della Brianza. Elenco delle scuole e orari sul "
                            + "sito della Provincia.",
                    "SP 2 Monza-Trezzo: chiusura notturna tra Agrate e Concorezzo per l'asfaltatura, martedì e mercoledì "
                            + "dalle 21 alle 6."),
            "comune-porto-sant-elpidio", List.of(
                    "🏖️ Spiagge libere: da sabato torna il servizio di salvataggio sul lungomare nord, tutti i giorni dalle "
                            + "9 alle 19.",
                    "Estate elpidiense: giovedì sera cinema all'aperto al parco, ingresso libero fino a esaurimento posti.",
                    "Ordinanza balneare: i cani sono ammessi solo nella spiaggia attrezzata a loro dedicata. È vietato "
                            + "lasciare ombrelloni e sdraio in spiaggia durante la notte.",
                    "Festa del Mare: domenica dalle 16 alle 24 il lungomare è chiuso al traffico. Parcheggi gratuiti "
                            + "nell'area della stazione.",
                    "Raccolta estiva: a luglio e agosto l'organico si ritira anche la domenica nelle vie del lungomare."));

    /** Questions and harsh but lawful criticism about each ente's own posts. */
    static final Map<String, Map<Tone, List<String>>> ENTE_COMMENTS = Map.of(
            "comune-massa", Map.of(
                    Tone.QUESTION, List.of(
                            "Il vetro quando si ritira a Romagnano? Sul calendario non lo trovo.",
                            "Scusate, il nuovo calendario vale anche per Marina di Massa o solo per il centro?",
                            "Dove si ritirano i sacchetti nuovi per l'organico?",
                            "Il numero verde per gli ingombranti risponde anche il sabato mattina?",
                            "Domani sono chiusi anche gli asili nido comunali?"),
                    Tone.CRITICISM, List.of(
                            "Il calendario cambia ogni tre mesi e nessuno ci capisce più niente. In via Aurelia i sacchi restano per strada per giorni.",
                            "I cassonetti di Marina sono pieni da una settimana e puzzano. Cosa paghiamo a fare la TARI?")),
            "mit", Map.of(
                    Tone.QUESTION, List.of(
                            "L'uscita di Calenzano resta aperta durante la chiusura notturna?",
                            "Il divieto per i mezzi pesanti vale anche per chi trasporta merci deperibili?",
                            "Quando tornano i treni regionali tra Orte e Chiusi? Vado a Firenze per lavoro ogni giorno.",
                            "Per prenotare l'esame di teoria serve lo SPID?",
                            "Ci sono cantieri anche sulla A14 questo fine settimana?"),
                    Tone.CRITICISM, List.of(
                            "Ogni estate la stessa storia: cantieri aperti ad agosto e code di chilometri. Programmate meglio.",
                            "Tre ore di ritardo ieri sulla Roma-Firenze senza un avviso. Un servizio indegno di un paese civile.")),
            "roma-capitale", Map.of(
                    Tone.QUESTION, List.of(
                            "Il concerto è accessibile anche a chi è in carrozzina? Da quale ingresso?",
                            "La metro C sarà aperta fino a tardi stasera?",
                            "Per i Musei Capitolini serve la prenotazione anche la domenica gratuita?",
                            "A che ora riaprono le strade dopo la maratona? Abito in via Cavour.",
                            "Si possono portare i bambini di quattro anni ai laboratori di venerdì?"),
                    Tone.CRITICISM, List.of(
                            "Bello il concerto, peccato che dopo le 23 non passi un autobus e ci si debba arrangiare.",
                            "Prima di organizzare eventi pulite le strade: intorno a Termini è una discarica.")),
            "provincia-monza-brianza", Map.of(
                    Tone.QUESTION, List.of(
                            "Il ponte di Albiate resta percorribile in bicicletta durante i lavori?",
                            "Quando cominciano i lavori nella palestra del liceo di Monza?",
                            "Gli autobus per Vimercate fanno deviazioni durante il cantiere?",
                            "L'open day vale anche per gli istituti professionali?",
                            "La SP 2 è chiusa anche per i residenti di Concorezzo?"),
                    Tone.CRITICISM, List.of(
                            "Sei settimane di senso unico alternato vogliono dire un'ora di coda ogni mattina. Non si potevano fare i lavori ad agosto?",
                            "Le scuole superiori cadono a pezzi e voi fate i comunicati. Al tecnico di Seregno piove nelle aule.")),
            "comune-porto-sant-elpidio", Map.of(
                    Tone.QUESTION, List.of(
                            "Il salvataggio c'è anche nella spiaggia libera vicino al porto?",
                            "Per il cinema all'aperto bisogna portarsi la sedia?",
                            "I cani sono ammessi sulle spiagge libere dopo le 19?",
                            "Dove si parcheggia domenica con il lungomare chiuso? Veniamo da Fermo.",
                            "Quest'estate c'è un'area di sosta per i camper?"),
                    Tone.CRITICISM, List.of(
                            "Le spiagge libere sono sporche e senza un bagno, altro che estate elpidiense.",
                            "Chiudere il lungomare la domenica pomeriggio ammazza i negozi. Pensateci la prossima volta.")));

    /** Comments that fit under any post. */
    static final Map<Tone, List<String>> COMMENTS = new EnumMap<>(Map.of(
            Tone.THANKS, List.of(
                    "Grazie per l'informazione, chiara e puntuale.",
                    "Finalmente una comunicazione fatta bene, grazie!",
                    "Grazie, lo giro a mia madre che non usa i social.",
                    "Ottimo, era ora. Grazie a chi ci lavora.",
                    "Grazie mille, utilissimo 👍",
                    "Bravi, continuate così."),
            Tone.SARCASM, List.of(
                    "Ah certo, adesso sì che siamo a posto 👏👏",
                    "Complimenti, un altro capolavoro di organizzazione.",
                    "Che sorpresa, di nuovo lavori proprio quando serve. Geniali.",
                    "Wow, ci avete messo soltanto tre anni.",
                    "Che bella notizia, la aspettavo dal secolo scorso.",
                    "Tranquilli, tanto noi cittadini abbiamo tempo da perdere."),
            Tone.OFF_TOPIC, List.of(
                    "Qualcuno sa se la farmacia di piazza Garibaldi è aperta domenica?",
                    "Ho perso un gatto grigio con il collare rosso, se qualcuno lo vede mi scriva.",
                    "Ma domenica la partita si gioca in casa o in trasferta?",
                    "Buongiorno a tutti, oggi finalmente c'è il sole!",
                    "Chi mi consiglia un buon meccanico in zona?"),
            Tone.INSULT, List.of(
                    "Siete una banda di incapaci e imbecilli, andate a casa.",
                    "Ma chi vi ha messo lì? Degli idioti del genere non si erano mai visti.",
                    "Buffoni! Siete solo dei buffoni pagati con i nostri soldi.",
                    "Il solito deficiente che scrive questi post, vergognati.",
                    "Che schifo di amministrazione, siete dei ladri e dei pagliacci.",
                    "Cretini, tutti quanti, dal primo all'ultimo."),
            Tone.THREAT, List.of(
                    "Se vi incontro per strada vi faccio vedere io, vi aspetto sotto il palazzo.",
                    "Continuate così e prima o poi qualcuno vi viene a prendere a casa.",
                    "Ti conviene non farti vedere in giro, assessore, sappiamo dove abiti.",
                    "Se non risolvete vengo lì e vi spacco la faccia."),
            Tone.PERSONAL_DATA, List.of(
                    "Chiamatemi al 347 918 2231, sono Carla Bini di via Dante 14: da due settimane nessuno ritira il mio secco.",
                    "Il mio vicino Renato Giusti, via Mazzini 8, lascia i rifiuti sul pianerottolo: multatelo.",
                    "Vi lascio la mia mail carla.bini72@gmail.com così mi rispondete in privato.",
                    "Mia figlia Sofia, della 2B, prende l'autobus delle 7:10 in via Roma: la fermata verrà spostata?",
                    "Il mio codice utente TARI è 00458213, potete controllare se il pagamento è arrivato?"),
            Tone.SPAM, List.of(
                    "Guadagna 300 € al giorno da casa!!! Info su www.lavorofacile-subito.it",
                    "🔥 Pannelli solari a costo zero, scrivimi in privato o vai su bit.ly/sole-gratis",
                    "Segui la mia pagina per vincere un telefono nuovo 🎁 link nel profilo!!!",
                    "Prestiti veloci senza garanzie, scrivi su WhatsApp al 351 000 1122",
                    "Scopri il segreto per perdere 10 kg in un mese: www.dieta-miracolo.net"),
            Tone.PROPAGANDA, List.of(
                    "Alle prossime comunali votate Lista Civica Roma Futura, l'unica che manderà a casa questa giunta!",
                    "Il 12 giugno scegli il cambiamento: vota e fai votare il nostro candidato sindaco!",
                    "Questa giunta è finita. Sabato tutti in piazza con il nostro partito, portate le bandiere!")));

    /** Replies of a citizen to another citizen's comment, where they differ from comments. */
    static final Map<Tone, List<String>> REPLIES = new EnumMap<>(Map.of(
            Tone.THANKS, List.of("Concordo in pieno.", "Hai ragione, anche da noi è così.", "Esatto, lo dico da mesi."),
            Tone.CRITICISM, List.of("Non è vero, basta leggere il calendario sul sito.",
                    "Guarda che era scritto chiaramente nel post.", "Io invece mi trovo bene, non esageriamo."),
            Tone.QUESTION, List.of("Anche io vorrei saperlo, qualcuno ha avuto risposta?",
                    "Hai provato a chiamare l'ufficio? A me hanno risposto subito."),
            Tone.INSULT, List.of("Ma stai zitto, ignorante.", "Sei proprio un cretino, leggi prima di scrivere.",
                    "Ma chi ti credi di essere, idiota?")));

    /** Private messages to the ente. */
    static final Map<Tone, List<String>> MESSAGES = new EnumMap<>(Map.of(
            Tone.REQUEST, List.of(
                    "Buongiorno, a quale ufficio mi devo rivolgere per un certificato di residenza?",
                    "Salve, come posso prenotare il ritiro di un divano? Grazie.",
                    "Buonasera, mi servirebbe il numero dell'ufficio tecnico per una pratica di passo carrabile.",
                    "Posso avere gli orari di apertura dell'URP di questa settimana?",
                    "Vorrei segnalare un lampione spento in via Verdi da una settimana."),
            Tone.COMPLAINT, List.of(
                    "Ho scritto tre volte all'ufficio tributi senza ricevere risposta: è normale?",
                    "Il bus delle 7:40 non è passato per la terza volta questa settimana e i miei figli arrivano tardi a scuola.",
                    "Il marciapiede davanti alla scuola è rotto da mesi, prima o poi qualcuno si farà male."),
            Tone.EMERGENCY, List.of(
                    "Aiuto, è caduto un albero sulla strada e blocca il passaggio, ci sono auto ferme!",
                    "C'è una perdita d'acqua enorme in via Garibaldi, la strada è allagata, cosa facciamo?",
                    "Mio padre anziano è solo in casa senza riscaldamento con questo freddo, chi posso chiamare?")));

    /** The recurring authors: most write in good faith, a few offend again and again. */
    static final List<Citizen> CITIZENS = List.of(
            new Citizen("Giovanna Pieri", List.of(Tone.QUESTION, Tone.THANKS, Tone.QUESTION, Tone.REQUEST)),
            new Citizen("Antonio Esposito", List.of(Tone.CRITICISM, Tone.SARCASM, Tone.COMPLAINT)),
            new Citizen("Roberta Lanzi", List.of(Tone.THANKS, Tone.QUESTION)),
            new Citizen("Walter Brambilla", List.of(Tone.INSULT, Tone.INSULT, Tone.SARCASM)),
            new Citizen("Ornella Vitale", List.of(Tone.PERSONAL_DATA, Tone.QUESTION, Tone.REQUEST)),
            new Citizen("Dario Fumagalli", List.of(Tone.SPAM)),
            new Citizen("Kevin Ruggeri", List.of(Tone.THREAT, Tone.INSULT)),
            new Citizen("Lucia Fabbri", List.of(Tone.OFF_TOPIC, Tone.QUESTION)),
            new Citizen("Massimo Pace", List.of(Tone.PROPAGANDA, Tone.CRITICISM)),
            new Citizen("Teresa Gallo", List.of(Tone.EMERGENCY, Tone.REQUEST, Tone.THANKS)),
            new Citizen("Pietro Mancini", List.of(Tone.CRITICISM, Tone.QUESTION, Tone.THANKS)),
            new Citizen("Elisa Orlandi", List.of(Tone.SARCASM, Tone.CRITICISM)),
            new Citizen("Gianni Serra", List.of(Tone.INSULT, Tone.CRITICISM)),
            new Citizen("Francesca De Luca", List.of(Tone.QUESTION, Tone.REQUEST, Tone.THANKS)),
            new Citizen("Bruno Colombo", List.of(Tone.OFF_TOPIC, Tone.SARCASM)),
            new Citizen("Irene Sartori", List.of(Tone.PERSONAL_DATA, Tone.COMPLAINT)));

    /** The ente where electoral propaganda appears (during its election campaign). */
    static final String PROPAGANDA_ENTE = "roma-capitale";

    private Repertoire() {
    }
}
