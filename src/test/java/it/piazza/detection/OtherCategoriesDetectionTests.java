package it.piazza.detection;

import static it.piazza.detection.Analyses.categories;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtherCategoriesDetectionTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Vendo erba e hashish, consegna a domicilio                          | ILLEGAL
            Patente senza esame in 10 giorni, garantita                         | ILLEGAL
            Non pagate le multe, tanto non le riscuotono                        | ILLEGAL
            Partite di Serie A gratis con IPTV, il pezzotto funziona benissimo  | IP_INFRINGEMENT
            Borse Gucci replica a 30 euro                                        | IP_INFRINGEMENT
            Video hot gratis su onlyfans                                         | OBSCENE
            Ti scoperei volentieri                                               | OBSCENE
            Buon compleanno Giulia, ti amo                                       | PRIVATE_MATTER
            Mio marito mi tradisce con la vicina                                 | PRIVATE_MATTER
            Ho fatto ricorso al TAR, l'udienza è fissata a marzo                 | LEGAL_DISPUTE
            Il processo per il crollo del ponte è ancora in corso                | LEGAL_DISPUTE
            """)
    void findsTheCategory(String text, Category category) {
        assertThat(categories(text)).contains(category);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Al parco ci sono spacciatori tutte le sere, intervenite              | ILLEGAL
            Posso fare ricorso al giudice di pace per questa multa?              | LEGAL_DISPUTE
            Il processo di digitalizzazione dell'anagrafe è lento                | LEGAL_DISPUTE
            Ci sono venditori abusivi di borse false in piazza, chi controlla?   | IP_INFRINGEMENT
            La foto di copertina è mia, citatemi per favore                      | IP_INFRINGEMENT
            Mio figlio si è trovato benissimo al centro estivo                   | PRIVATE_MATTER
            """)
    void keepsTheHardNegativeClean(String text, Category category) {
        assertThat(categories(text)).doesNotContain(category);
    }
}
