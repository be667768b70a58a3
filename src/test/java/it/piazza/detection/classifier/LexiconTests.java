package it.piazza.detection.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTests {

    private final Lexicon lexicon = Lexicon.standard();

    private int kindsOf(String word) {
        String text = "ma " + word + " dai";
        return lexicon.kinds(text.toCharArray(), 3, 3 + word.length());
    }

    @Test
    void aListedInsultIsAProfanity() {
        assertThat(kindsOf("stronzo")).isEqualTo(Lexicon.PROFANITY);
    }

    @Test
    void aFormInflectedByItsFinalVowelIsRecognised() {
        assertThat(kindsOf("cretine")).isEqualTo(Lexicon.PROFANITY);
    }

    @Test
    void aNeutralGroupNameIsOnlyAGroup() {
        assertThat(kindsOf("immigrati")).isEqualTo(Lexicon.GROUP);
    }

    @Test
    void aSlurIsBothAProfanityAndAGroup() {
        assertThat(kindsOf("terrone")).isEqualTo(Lexicon.PROFANITY | Lexicon.GROUP);
    }

    @Test
    void ordinaryWordsThatShareAStemWithAProfanityAreNot() {
        assertThat(kindsOf("cazzuola")).isZero();
        assertThat(kindsOf("casa")).isZero();
    }
}
