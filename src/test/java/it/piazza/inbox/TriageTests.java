package it.piazza.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Intent;
import it.piazza.detection.Topic;
import it.piazza.detection.TriageResult;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Routing and replies of each ente's policy; staffed hours, holidays, patron days, emergencies. */
class TriageTests {

    static final List<String> PRESETS = Presets.IDS;

    private final Triage triage = Triage.italian();

    private static TriageResult classified(Intent intent, @Nullable Topic topic) {
        return new TriageResult(intent, 0.9, topic, List.of(), List.of());
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    private TriageAnswer answer(String ente, Intent intent, @Nullable Topic topic, String iso) {
        return triage.answer(Presets.load(ente), classified(intent, topic), at(iso));
    }

    @ParameterizedTest
    @FieldSource("PRESETS")
    void answersAnEmergencyAtThreeOnChristmasWith112(String ente) {
        TriageAnswer answer = answer(ente, Intent.EMERGENCY, null, "2026-12-25T03:00:00+01:00");

        assertThat(answer.staffed()).isFalse();
        assertThat(answer.automatic()).isTrue();
        assertThat(answer.reply()).contains("112").doesNotContain("fuori dagli orari di presidio");
        assertThat(answer.nextStaffedAt()).isEqualTo(OffsetDateTime.parse("2026-12-28T09:00:00+01:00"));
    }

    @Test
    void givesTheCivilProtectionOfficeInAnEmergencyWhereThePolicyHasOne() {
        TriageAnswer massa = answer("comune-massa", Intent.EMERGENCY, Topic.ROADS, "2026-03-02T10:30:00+01:00");
        TriageAnswer mit = answer("mit", Intent.EMERGENCY, Topic.ROADS, "2026-03-02T10:30:00+01:00");

        assertThat(massa.office()).isEqualTo("protezione-civile");
        assertThat(massa.reply()).contains("Protezione civile del Comune di Massa: Protezione civile (https://www.comune.massa.ms.it)");
        assertThat(mit.office()).isEqualTo("112");
        assertThat(mit.reply()).contains("112").doesNotContain("Protezione civile del");
    }

    @Test
    void romaSendsComplaintsToTheUrpChiamaRomaAndTheCasaDigitale() {
        TriageAnswer answer = answer("roma-capitale", Intent.COMPLAINT, Topic.WASTE, "2026-03-02T10:30:00+01:00");

        assertThat(answer.office()).isEqualTo("URP");
        assertThat(answer.staffed()).isTrue();
        assertThat(answer.automatic()).isFalse();
        assertThat(answer.reply()).contains("Uffici Relazioni con il Pubblico", "ChiamaRoma 060606",
                "Casa Digitale del Cittadino", "Rifiuti e igiene urbana").doesNotContain("fuori dagli orari");
    }

    @Test
    void mitTakesAssistanceOnlyByPrivateMessageAndGivesTheCompetentOfficeForComplaints() {
        TriageAnswer personal = answer("mit", Intent.PERSONAL_CASE, Topic.MOBILITY, "2026-03-02T10:30:00+01:00");
        TriageAnswer complaint = answer("mit", Intent.DISSERVICE_REPORT, Topic.MOBILITY, "2026-03-02T10:30:00+01:00");

        assertThat(personal.office()).isEqualTo("SOCIAL_TEAM");
        assertThat(personal.reply()).contains("solo tramite messaggio privato").doesNotContain("Motorizzazione");
        assertThat(complaint.office()).isEqualTo("motorizzazione");
        assertThat(complaint.reply()).contains("Ufficio relazioni con il pubblico",
                "L'ufficio competente è: Motorizzazione civile");
    }

    @Test
    void portoSantElpidioSaysItsChannelsAreNotForAssistanceAndNotProtocolled() {
        TriageAnswer personal = answer("comune-porto-sant-elpidio", Intent.PERSONAL_CASE, Topic.TAXES,
                "2026-03-02T10:30:00+01:00");
        TriageAnswer info = answer("comune-porto-sant-elpidio", Intent.INFO_REQUEST, Topic.SCHOOLS,
                "2026-03-02T10:30:00+01:00");

        assertThat(personal.office()).isEqualTo("PEC");
        assertThat(personal.reply()).contains("non sono canali di assistenza", "non vengono protocollati", "PEC")
                .doesNotContain("Tributi");
        assertThat(info.reply()).contains("I messaggi ricevuti tramite i canali social non sono protocollati",
                "Servizi scolastici ed educativi");
    }

    @Test
    void massaAnswersOrForwardsToTheCompetentOffice() {
        TriageAnswer answer = answer("comune-massa", Intent.DISSERVICE_REPORT, Topic.WASTE, "2026-03-03T16:00:00+01:00");

        assertThat(answer.staffed()).isTrue();
        assertThat(answer.office()).isEqualTo("rifiuti");
        assertThat(answer.reply()).contains("la inoltriamo all'ufficio competente", "Rifiuti e igiene urbana");
    }

    @Test
    void monzaHandlesNoPersonalCasesOnSocialAndDisclosesItsAssistantWhenAnsweringAlone() {
        TriageAnswer answer = answer("provincia-monza-brianza", Intent.PERSONAL_CASE, Topic.SCHOOLS,
                "2026-03-06T14:00:00+01:00");

        assertThat(answer.staffed()).isFalse();
        assertThat(answer.office()).isEqualTo("URP_ONLINE");
        assertThat(answer.sent()).startsWith("Stai parlando con un assistente automatico della Provincia di Monza")
                .contains("non gestiscono pratiche e casi personali", "URP Online", "lunedì 9 marzo 2026 alle 9:00");
    }

    @ParameterizedTest
    @FieldSource("PRESETS")
    void neverPromisesAnAnswerTime(String ente) {
        Policy policy = Presets.load(ente);
        for (Intent intent : Intent.values()) {
            for (String iso : List.of("2026-03-02T10:30:00+01:00", "2026-03-07T11:00:00+01:00")) {
                String reply = triage.answer(policy, classified(intent, Topic.WASTE), at(iso)).reply();
                assertThat(reply).as("%s %s", ente, intent)
                        .doesNotContainPattern("(?i)entro \\d|\\d+ (ore|giorni|minuti)|24 ?h|tempi di risposta");
            }
        }
    }

    @Test
    void saysWhenTheStaffWillReadAMessageOfTheEveningBeforeAHoliday() {
        TriageAnswer answer = answer("comune-massa", Intent.INFO_REQUEST, null, "2026-12-07T19:00:00+01:00");

        assertThat(answer.staffed()).isFalse();
        assertThat(answer.nextStaffedAt()).isEqualTo(OffsetDateTime.parse("2026-12-09T09:00:00+01:00"));
        assertThat(answer.reply()).contains("lo leggeremo da mercoledì 9 dicembre 2026 alle 9:00");
    }

    @Test
    void greetsTheCitizenOnceWhenTheReplyHasSeveralParts() {
        String reply = answer("comune-massa", Intent.INFO_REQUEST, Topic.WASTE, "2026-03-07T11:00:00+01:00").reply();

        assertThat(reply).startsWith("Gentile utente, abbiamo ricevuto il suo messaggio fuori dagli orari")
                .contains("Per le emergenze chiami il 112. Grazie per la domanda")
                .containsOnlyOnce("Gentile");
    }

    @Test
    void remindsOf112WhenItCouldNotPlaceAMessageButOnlyOnce() {
        String staffed = answer("roma-capitale", Intent.OTHER, null, "2026-03-02T10:30:00+01:00").reply();
        String night = answer("roma-capitale", Intent.OTHER, null, "2026-03-02T22:30:00+01:00").reply();
        String info = answer("roma-capitale", Intent.INFO_REQUEST, null, "2026-03-02T10:30:00+01:00").reply();

        assertThat(staffed).endsWith("Se c'è un pericolo per le persone chiami subito il 112.");
        assertThat(night).containsOnlyOnce("112");
        assertThat(info).doesNotContain("112");
    }

    @Test
    void closesOnThePatronDayOfEachSeat() {
        assertThat(answer("roma-capitale", Intent.OTHER, null, "2026-06-29T10:00:00+02:00").staffed()).isFalse();
        assertThat(answer("comune-massa", Intent.OTHER, null, "2026-06-29T10:00:00+02:00").staffed()).isTrue();
        assertThat(answer("provincia-monza-brianza", Intent.OTHER, null, "2026-06-24T10:00:00+02:00").staffed())
                .isFalse();
        TriageAnswer crispino = answer("comune-porto-sant-elpidio", Intent.OTHER, null, "2027-10-25T10:00:00+02:00");
        assertThat(crispino.staffed()).isFalse();
        assertThat(crispino.nextStaffedAt()).isEqualTo(OffsetDateTime.parse("2027-10-26T09:00:00+02:00"));
    }

    @Test
    void readsTheWallClockAcrossDaylightSavingChanges() {
        TriageAnswer spring = answer("roma-capitale", Intent.OTHER, null, "2026-03-30T07:30:00Z");
        TriageAnswer saturday = answer("roma-capitale", Intent.OTHER, null, "2026-03-28T12:00:00+01:00");

        assertThat(spring.staffed()).isTrue();
        assertThat(saturday.nextStaffedAt()).isEqualTo(OffsetDateTime.parse("2026-03-30T09:00:00+02:00"));
    }

    @Test
    void sendsPressToThePressOfficeAndAccessRequestsToTheUrp() {
        TriageAnswer press = answer("mit", Intent.PRESS, null, "2026-03-02T10:30:00+01:00");
        TriageAnswer access = answer("roma-capitale", Intent.ACCESS_REQUEST, null, "2026-03-02T10:30:00+01:00");

        assertThat(press.office()).isEqualTo("PRESS_OFFICE");
        assertThat(press.reply()).contains("Ufficio stampa (unicamente per i rapporti con gli organi di informazione)");
        assertThat(access.office()).isEqualTo("URP");
        assertThat(access.reply()).contains("accesso agli atti", "Uffici Relazioni con il Pubblico");
    }

    @Test
    void answersPublicationRequestsByThePolicyOnThirdPartyInitiatives() {
        String roma = answer("roma-capitale", Intent.PUBLICATION_REQUEST, null, "2026-03-02T10:30:00+01:00").reply();
        String mit = answer("mit", Intent.PUBLICATION_REQUEST, null, "2026-03-02T10:30:00+01:00").reply();

        assertThat(roma).contains("valuterà se l'iniziativa rispetta le condizioni");
        assertThat(mit).contains("non prevede la pubblicazione");
    }

    @Test
    void measuresResponseTimesInStaffedMinutes() {
        Policy roma = Presets.load("roma-capitale");

        assertThat(Triage.staffedMinutes(roma, at("2026-03-06T17:30:00+01:00"), at("2026-03-09T09:30:00+01:00")))
                .isEqualTo(60);
        assertThat(Triage.staffedMinutes(roma, at("2026-12-24T17:00:00+01:00"), at("2026-12-28T10:00:00+01:00")))
                .isEqualTo(120);
    }

    @Test
    void theAssistantsDisclosureGoesOnlyOnWhatIsSentAutomaticallyNotOnWhatAPersonStartsFrom() {
        String disclosure = Presets.load("provincia-monza-brianza").chatbot().disclosure();
        TriageAnswer night = answer("provincia-monza-brianza", Intent.INFO_REQUEST, null, "2026-03-02T22:30:00+01:00");
        TriageAnswer day = answer("provincia-monza-brianza", Intent.INFO_REQUEST, null, "2026-03-02T10:30:00+01:00");

        assertThat(night.automatic()).isTrue();
        assertThat(night.sent()).startsWith(disclosure).endsWith(night.reply());
        assertThat(night.reply()).doesNotContain(disclosure);
        assertThat(day.automatic()).isFalse();
        assertThat(day.sent()).isEqualTo(day.reply());
    }
}
