package it.piazza.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Category;
import it.piazza.detection.CommentAnalyzer;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.policy.ContentAction;
import it.piazza.policy.EnteAnalysisSettings;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each seed's clauses exercised with real comments through the whole automatic path (detectors, then the
 * ente's policy): the decisions and notices each policy requires.
 */
class EnteScenarioTests {

    private static final CommentAnalyzer ANALYZER = CommentAnalyzer.standard();
    private static final DecisionRules RULES = new DecisionRules();
    private static final String POST = "Lavori di manutenzione sulla strada provinciale: chiusura notturna dal 3 al 7 marzo";

    private static Proposal decide(String ente, String text) {
        Policy policy = Presets.load(ente);
        return RULES.decide(policy, ANALYZER.analyze(CommentToAnalyze.of(text).withPost(POST),
                EnteAnalysisSettings.of(policy)), text, AuthorStanding.CLEAN);
    }

    @Nested
    class Mit {
        @Test
        void keepsAPersonalCaseAndAsksToWriteInPrivate() {
            Proposal proposal = decide("mit", "Buongiorno, la mia pratica per la revisione della patente è ferma da tre mesi, potete aiutarmi?");

            assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
            assertThat(proposal.reply()).contains("in privato");
        }

        @Test
        void removesVulgarInsultsAndNotifiesTheAuthor() {
            Proposal proposal = decide("mit", "Siete dei ladri e degli imbecilli");

            assertThat(proposal.action()).isEqualTo(ContentAction.REMOVE);
            assertThat(proposal.grounds()).extracting(Ground::category).contains(Category.INSULT);
            assertThat(proposal.measures()).contains(AuthorMeasure.WARN);
        }

        @Test
        void removesPersonalData() {
            Proposal proposal = decide("mit", "Chiamatemi al 333 123 4567, il mio codice fiscale è RSSMRA45C12F205C");

            assertThat(proposal.action()).isEqualTo(ContentAction.REMOVE);
            assertThat(proposal.grounds()).extracting(Ground::category).contains(Category.PERSONAL_DATA);
        }

        @Test
        void keepsCriticismOfTheMinistry() {
            Proposal proposal = decide("mit", "Questa riforma del codice della strada è sbagliata e penalizza chi lavora. Ripensateci.");

            assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
            assertThat(proposal.grounds()).isEmpty();
        }
    }

    @Nested
    class ComuneMassa {
        @Test
        void removesThreats() {
            Proposal proposal = decide("comune-massa", "Sappiamo dove abiti, stai attento a quello che scrivi");

            assertThat(proposal.action()).isIn(ContentAction.REMOVE, ContentAction.HIDE);
            assertThat(proposal.grounds()).extracting(Ground::category).contains(Category.THREAT);
        }

        @Test
        void keepsAReportOfAPotholeInAPublicStreet() {
            Proposal proposal = decide("comune-massa", "C'è una buca enorme in via Roma 12 davanti alla scuola, qualcuno si farà male");

            assertThat(proposal.grounds()).extracting(Ground::category).doesNotContain(Category.PERSONAL_DATA);
            assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
        }
    }

    @Nested
    class ProvinciaMonzaBrianza {
        @Test
        void hidesAnInsultAndWarnsBeforeAnyBan() {
            Proposal proposal = decide("provincia-monza-brianza", "Sei proprio un coglione");

            assertThat(proposal.action()).isEqualTo(ContentAction.HIDE);
            assertThat(proposal.measures()).contains(AuthorMeasure.WARN).doesNotContain(AuthorMeasure.BAN);
        }

        @Test
        void sendsPersonalCasesToTheOfficialChannels() {
            Proposal proposal = decide("provincia-monza-brianza", "Ho fatto domanda per il contributo e non ho ancora ricevuto risposta, a chi devo rivolgermi per la mia pratica?");

            assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
            assertThat(proposal.reply()).contains("urponline.provincia.mb.it");
        }
    }

    @Nested
    class RomaCapitale {
        @Test
        void removesPoliticalPropaganda() {
            Proposal proposal = decide("roma-capitale", "Alle prossime elezioni votate Lista Civica per Roma, l'unica che cambierà la città!");

            assertThat(proposal.action()).isEqualTo(ContentAction.REMOVE);
            assertThat(proposal.grounds()).extracting(Ground::clause).contains("hanno un contenuto politico o propagandistico;");
        }

        @Test
        void sendsComplaintsToUrpAndChiamaRoma() {
            Proposal proposal = decide("roma-capitale", "Voglio presentare un reclamo: il bus 64 non passa da un'ora, servizio vergognoso");

            assertThat(proposal.action()).isEqualTo(ContentAction.KEEP);
            assertThat(proposal.reply()).contains("060606");
        }
    }

    @Nested
    class ComunePortoSantElpidio {
        @Test
        void removesAdvertising() {
            Proposal proposal = decide("comune-porto-sant-elpidio", "Offerta imperdibile! Scarpe a 19,99€ solo oggi, scrivimi su WhatsApp al 3401234567");

            assertThat(proposal.action()).isIn(ContentAction.REMOVE, ContentAction.HIDE);
            assertThat(proposal.grounds()).extracting(Ground::category).contains(Category.ADVERTISING);
        }

        @Test
        void saysSocialIsNotAnAssistanceChannel() {
            Proposal proposal = decide("comune-porto-sant-elpidio", "Buongiorno, come faccio a chiedere il rimborso della TARI pagata due volte? Mi aiutate?");

            assertThat(proposal.reply()).contains("non sono canali di assistenza");
        }
    }
}
