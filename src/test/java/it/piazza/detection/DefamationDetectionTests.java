package it.piazza.detection;

import static it.piazza.detection.Analyses.categories;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefamationDetectionTests {

    @ParameterizedTest
    @ValueSource(strings = {"Il sindaco Rossi si è intascato i soldi del PNRR", "L'assessore Bianchi prende tangenti",
            "Il ministro è un ladro e un mafioso", "L'acqua è avvelenata, non bevetela",
            "Condividete prima che cancellino il post!", "Ci stanno avvelenando con le scie chimiche"})
    void findsAccusationsOfCrimesAndAlarmism(String text) {
        assertThat(categories(text)).contains(Category.DEFAMATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Il sindaco è incompetente e deve dimettersi", "Chiediamo gli atti della gara",
            "L'acqua del rubinetto è potabile?", "Hanno rubato le panchine nuove di piazza Pia"})
    void keepsCriticismAndQuestionsClean(String text) {
        assertThat(categories(text)).doesNotContain(Category.DEFAMATION);
    }
}
