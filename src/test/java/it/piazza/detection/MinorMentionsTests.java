package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Children named with their age, as an ente's post writes them. */
class MinorMentionsTests {

    private static List<String> found(String text) {
        return MinorMentions.find(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void findsANameWithAnAgeUnder18() {
        assertThat(found("Complimenti a Giulia, 9 anni, che ha vinto il concorso.")).containsExactly("Giulia, 9 anni");
        assertThat(found("Premiato Marco Bianchi (12 anni) per il disegno.")).containsExactly("Marco Bianchi (12 anni");
        assertThat(found("Il piccolo Luca Verdi di 10 anni ha salvato un gattino.")).containsExactly("Luca Verdi di 10 anni");
    }

    @Test
    void ignoresAdultsTimesAndAgesWithoutAName() {
        assertThat(found("Auguri ad Anna, 102 anni, la cittadina più anziana. E a Pietro, 18 anni oggi.")).isEmpty();
        assertThat(found("Roma, 12 anni fa la prima edizione.")).isEmpty();
        assertThat(found("Per i ragazzi di 14 anni il corso è gratuito.")).isEmpty();
    }
}
