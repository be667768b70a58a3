package it.piazza.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import it.piazza.detection.MessageTriage;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FaqAssistantTests {

    private static final Instant MONDAY_MORNING = LocalDateTime.parse("2026-03-09T10:00").atZone(ZoneId.of("Europe/Rome")).toInstant();
    private static final Instant SATURDAY_NIGHT = LocalDateTime.parse("2026-03-07T22:00").atZone(ZoneId.of("Europe/Rome")).toInstant();

    private final FaqAssistant assistant = FaqAssistant.bundled();
    private final Policy monza = Presets.load("provincia-monza-brianza");

    @Test
    void everyPresetHasAFaqWithSources() {
        for (String id : Presets.IDS) {
            assertThat(assistant.entries(id)).as(id).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(e -> assertThat(e.source().getScheme()).startsWith("http"));
        }
    }

    @Test
    void answersAQuestionOfInformationQuotingTheSourcePageAndSaysFirstThatItIsAnAutomatedAssistant() {
        AssistantTurn turn = respond("Come posso contattare l'URP della Provincia?", MONDAY_MORNING, true);

        assertThat(turn).isInstanceOf(AssistantTurn.Answered.class);
        assertThat(turn.text()).startsWith(monza.chatbot().disclosure()).contains("http://urponline.provincia.mb.it/")
                .contains("039.975.2304").contains("operatore");
    }

    @Test
    void saysItIsAnAssistantOnlyInItsFirstMessage() {
        assertThat(respond("Come posso contattare l'URP della Provincia?", MONDAY_MORNING, false).text())
                .doesNotContain(monza.chatbot().disclosure());
    }

    @Test
    void handsOverWhenTheCitizenAsksForAPerson() {
        AssistantTurn turn = respond("Voglio parlare con un operatore", MONDAY_MORNING, false);

        assertThat(turn).isInstanceOfSatisfying(AssistantTurn.HandedOver.class,
                h -> assertThat(h.reason()).isEqualTo(AssistantTurn.Reason.ASKED_FOR_PERSON));
        assertThat(turn.text()).contains("personale").contains("appena possibile");
    }

    @Test
    void outOfHoursTheHandoverSaysWhenTheStaffWillReadIt() {
        assertThat(respond("Vorrei parlare con una persona vera", SATURDAY_NIGHT, false).text())
                .contains("da lunedì 9 marzo 2026 alle 9:00").contains("112");
    }

    @Test
    void neverHandlesAPersonalCase() {
        AssistantTurn turn = respond("Mi hanno negato il contributo per l'affitto, la mia pratica è ferma da mesi", MONDAY_MORNING, true);

        assertThat(turn).isInstanceOfSatisfying(AssistantTurn.HandedOver.class,
                h -> assertThat(h.reason()).isEqualTo(AssistantTurn.Reason.PERSONAL_CASE));
        assertThat(turn.text()).startsWith(monza.chatbot().disclosure());
    }

    @Test
    void handsOverWhatTheFaqDoesNotAnswer() {
        AssistantTurn turn = respond("Quando riapre la piscina comunale?", MONDAY_MORNING, false);

        assertThat(turn).isInstanceOfSatisfying(AssistantTurn.HandedOver.class,
                h -> assertThat(h.reason()).isEqualTo(AssistantTurn.Reason.NOT_IN_FAQ));
    }

    @Test
    void anEnteWhosePolicyProvidesForNoAssistantGetsNone() {
        Policy massa = Presets.load("comune-massa");

        assertThat(FaqAssistant.allowedBy(massa)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> assistant.respond(massa, "Come si paga la TARI?",
                Triage.italian().answer(massa, MessageTriage.standard().classify("Come si paga la TARI?"), MONDAY_MORNING), true));
    }

    @Test
    void recognisesRequestsForAPerson() {
        assertThat(FaqAssistant.asksForPerson("posso parlare con un OPERATORE?")).isTrue();
        assertThat(FaqAssistant.asksForPerson("non voglio un bot")).isTrue();
        assertThat(FaqAssistant.asksForPerson("come rinnovo la carta d'identità?")).isFalse();
    }

    private AssistantTurn respond(String text, Instant at, boolean first) {
        TriageAnswer answer = Triage.italian().answer(monza, MessageTriage.standard().classify(text), at);
        return assistant.respond(monza, text, answer, first);
    }
}
