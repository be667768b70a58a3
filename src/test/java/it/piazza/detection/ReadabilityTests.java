package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Gulpease index with the counting rules of docs/italian-pa-rules.md §7.1. */
class ReadabilityTests {

    @Test
    void scoresTheBureaucraticWorkedExampleAt34Point9() {
        Readability r = Readability.of("Si comunica che, nelle more dell'espletamento delle procedure di verifica, "
                + "l'ufficio provvederà alla corresponsione degli emolumenti spettanti a decorrere dal mese successivo.")
                .orElseThrow();

        assertThat(r.words()).isEqualTo(22);
        assertThat(r.letters()).isEqualTo(149);
        assertThat(r.sentences()).isEqualTo(1);
        assertThat(r.gulpease()).isCloseTo(34.9, within(0.05));
    }

    @Test
    void scoresThePlainWorkedExampleAt84() {
        Readability r = Readability.of("L'ufficio pagherà gli stipendi dal mese prossimo. Prima deve finire i controlli.")
                .orElseThrow();

        assertThat(r.words()).isEqualTo(12);
        assertThat(r.letters()).isEqualTo(66);
        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.gulpease()).isCloseTo(84.0, within(1e-9));
    }

    @Test
    void doesNotEndASentenceAtAnAbbreviation() {
        Readability abbreviated = Readability.of("Ai sensi dell'art. 9 c. 1 del D.Lgs. n. 33/2013 e s.m.i. si rende noto "
                + "che la graduatoria è pubblicata.").orElseThrow();
        Readability written = Readability.of("Ai sensi dell'articolo 9 comma 1 del decreto legislativo numero 33/2013 "
                + "e successive modifiche si rende noto che la graduatoria è pubblicata.").orElseThrow();

        assertThat(abbreviated.sentences()).isEqualTo(1);
        // read as six sentences it scored 100, "easy"; abbreviations still have few letters, so it stays above the written form
        assertThat(abbreviated.gulpease()).isLessThan(80).isGreaterThan(written.gulpease());
        assertThat(written.sentences()).isEqualTo(1);
    }

    @Test
    void endsASentenceAtAFullStopBeforeACapitalOrANumberlessEnd() {
        assertThat(Readability.of("Chiuso per lavori. Riapre lunedì. Grazie.").orElseThrow().sentences()).isEqualTo(3);
        assertThat(Readability.of("Si vota fino alle 23. Poi lo spoglio.").orElseThrow().sentences()).isEqualTo(2);
        assertThat(Readability.of("Ore 10. ingresso libero").orElseThrow().sentences()).isEqualTo(1);
    }

    @Test
    void clampsVeryShortTextsTo100() {
        assertThat(Readability.of("Il gatto dorme.").orElseThrow().gulpease()).isEqualTo(100.0);
    }

    @Test
    void leavesOutLinksMentionsHashtagsAndEmoji() {
        Readability plain = Readability.of("L'ufficio pagherà gli stipendi dal mese prossimo. Prima deve finire i controlli.")
                .orElseThrow();
        Readability decorated = Readability.of("L'ufficio pagherà gli stipendi dal mese prossimo. 💶 Prima deve finire "
                + "i controlli. https://www.comune.example.it/stipendi @ufficiostampa #StipendiPubblici").orElseThrow();

        assertThat(decorated).isEqualTo(plain);
    }

    @Test
    void countsTrailingWordsWithoutFullStopAsASentence() {
        Readability r = Readability.of("Domani chiude l'anagrafe. Riapre lunedì").orElseThrow();

        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.words()).isEqualTo(5);
    }

    @Test
    void countsDigitsAsWordsButNotAsLetters() {
        Readability r = Readability.of("Dal 3 marzo.").orElseThrow();

        assertThat(r.words()).isEqualTo(3);
        assertThat(r.letters()).isEqualTo(8);
    }

    @Test
    void hasNoIndexForATextWithoutWords() {
        assertThat(Readability.of("🎉🎉 https://example.it #Festa")).isEmpty();
        assertThat(Readability.of("   ")).isEmpty();
    }
}
