package it.piazza.detection;

import static it.piazza.detection.Analyses.categories;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffTopicDetectionTests {

    private static final String ROADWORKS = "Lavori di asfaltatura in via Roma da lunedì, possibili disagi al traffico";
    private static final String FESTIVAL = "Festa di San Crispino: stand gastronomici, musica e fuochi in piazza";

    @ParameterizedTest
    @ValueSource(strings = {"Forza Juve, stasera vinciamo lo scudetto con due gol",
            "Ricetta del tiramisù: mascarpone, uova, zucchero e savoiardi nel forno",
            "Investite in bitcoin e crypto con il mio broker, trading automatico",
            "Scrivi AMEN e condividi, Gesù ti benedirà"})
    void findsCommentsAboutSomethingElse(String text) {
        assertThat(categories(text, ROADWORKS)).contains(Category.OFF_TOPIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Grazie!", "Finalmente", "👏👏👏", "Era ora, la strada era piena di buche",
            "E le buche di via Garibaldi quando le sistemate?", "Speriamo che finiscano prima dell'estate"})
    void keepsReactionsAndRelatedCommentsOnTopic(String text) {
        assertThat(categories(text, ROADWORKS)).doesNotContain(Category.OFF_TOPIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Allo stand della parrocchia consiglio i vincisgrassi: ragù cotto sei ore e besciamella",
            "La ricetta della frittura di pesce dello stand è segreta, ma il sugo era buonissimo"})
    void acceptsFoodUnderAFoodFestival(String text) {
        assertThat(categories(text, FESTIVAL)).doesNotContain(Category.OFF_TOPIC);
    }
}
