package it.piazza.detection;

import static it.piazza.detection.Analyses.categories;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscriminationDetectionTests {

    @ParameterizedTest
    @ValueSource(strings = {"Tornatevene a casa vostra", "gli immigrati vanno affogati",
            "Gli immigrati sono tutti delinquenti", "tornassero al loro paese", "sei un frocio",
            "le donne dovrebbero stare a casa", "sono una razza inferiore"})
    void findsSlursAndDehumanisingPatterns(String text) {
        assertThat(categories(text)).contains(Category.DISCRIMINATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lo sportello per i cittadini stranieri apre il martedì",
            "Gli immigrati regolari pagano le tasse come tutti", "Abito a Finocchio, la metro C è ferma",
            "Il signor Enrico Negro ringrazia l'anagrafe", "Siamo andati in gita sul Monte Negro con la scuola", "Il campo rom di via Salone è abbandonato da anni",
            "Scritte razziste sulla stazione: 'fuori gli immigrati'. Toglietele"})
    void keepsNeutralMentionsPlaceNamesAndSurnamesClean(String text) {
        assertThat(categories(text)).doesNotContain(Category.DISCRIMINATION);
    }

    @Test
    void treatsTheVegetableInARecipeAsOffTopicNotAsASlur() {
        assertThat(categories("Ricetta: finocchio gratinato al forno con besciamella e parmigiano", "Lavori in via Roma"))
                .contains(Category.OFF_TOPIC).doesNotContain(Category.DISCRIMINATION, Category.INSULT);
    }

    @Test
    void reportsAGeneralisationAsHateNotAsAPersonalInsult() {
        assertThat(categories("Gli immigrati sono tutti delinquenti")).doesNotContain(Category.INSULT);
    }
}
