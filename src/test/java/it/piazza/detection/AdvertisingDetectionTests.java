package it.piazza.detection;

import static it.piazza.detection.Analyses.categories;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdvertisingDetectionTests {

    private static final String INITIATIVE = "Sabato la Pro Loco organizza una biciclettata gratuita per le famiglie "
            + "lungo la nuova ciclabile, vi aspettiamo!";

    @ParameterizedTest
    @ValueSource(strings = {"Contattami su WhatsApp per prezzi bassi", "Usa il codice SCONTO20 sul nostro sito",
            "Spedizione gratuita in tutta Italia, offerta limitata", "Guadagna 500 euro al giorno da casa",
            "Visitate il nostro negozio in centro", "Preventivi gratuiti per traslochi", "Link in bio!",
            "Vendo bici usata in ottimo stato, 40 euro",
            "Scopri il segreto per perdere 10 kg in un mese: www.dieta-miracolo.net"})
    void findsCommercialPromotion(String text) {
        assertThat(categories(text)).contains(Category.ADVERTISING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"La TARI è aumentata di 200 euro, 412 euro contro 210 euro dell'anno scorso",
            "Solo 2.500 euro di bonus? Una patente costa almeno 4.000 euro", "Chiamate l'URP allo 06 0606",
            "Il biglietto del castello costa 8 euro, per i residenti dovrebbe essere gratis",
            "Con i lavori sotto casa ho perso 3 kg in una settimana a forza di fare le scale, altro che ascensore"})
    void keepsPricesInComplaintsAndOfficeNumbersClean(String text) {
        assertThat(categories(text)).doesNotContain(Category.ADVERTISING);
    }

    @Test
    void allowsANonProfitInitiativeWhereThePolicyAllowsIt() {
        AnalysisSettings monza = AnalysisSettings.defaults().withNonProfitInitiativesAllowed(true);

        assertThat(categories(INITIATIVE, null, monza)).doesNotContain(Category.ADVERTISING);
        assertThat(categories(INITIATIVE, null, AnalysisSettings.defaults())).contains(Category.ADVERTISING);
    }

    @Test
    void treatsACommercialOfferAsAdvertisingEvenWhereInitiativesAreAllowed() {
        AnalysisSettings monza = AnalysisSettings.defaults().withNonProfitInitiativesAllowed(true);

        assertThat(categories("Noleggio e-bike a prezzi imbattibili, codice sconto LAMBRO10", null, monza))
                .contains(Category.ADVERTISING);
    }
}
