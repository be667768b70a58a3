package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The accessibility rules A3–A8 of docs/italian-pa-rules.md §6 as text measures. */
class WritingStyleTests {

    private static List<String> found(String text, StyleIssue issue) {
        return WritingStyle.find(text).stream().filter(f -> f.issue() == issue).map(StyleFinding::text).toList();
    }

    @Test
    void countsEachEmojiOnceWhateverItsCodePoints() {
        String text = "Festa in piazza 👨‍👩‍👧 🇮🇹 👍🏽 ❤️";

        assertThat(WritingStyle.emoji(text)).hasSize(4);
        assertThat(found(text, StyleIssue.EMOJI)).containsExactly("👨‍👩‍👧", "🇮🇹", "👍🏽", "❤️");
    }

    @Test
    void doesNotTakeDigitsOrCopyrightForEmoji() {
        assertThat(WritingStyle.emoji("© 2026 Comune, chiamate il 112 #1")).isEmpty();
    }

    @Test
    void reportsEmojiInsideASentenceButNotAtItsEnd() {
        assertThat(found("Vi aspettiamo 🎉 in piazza", StyleIssue.EMOJI_INSIDE_SENTENCE)).containsExactly("🎉");
        assertThat(found("Vi aspettiamo in piazza! 🎉", StyleIssue.EMOJI_INSIDE_SENTENCE)).isEmpty();
        assertThat(found("Vi aspettiamo in piazza 🎉\nIngresso libero", StyleIssue.EMOJI_INSIDE_SENTENCE)).isEmpty();
    }

    @Test
    void reportsLongHashtagsNotInCamelCase() {
        assertThat(found("Seguite #protezionecivile e #ComuneDiMassa e #MASSACARRARA2026",
                StyleIssue.HASHTAG_NOT_CAMEL_CASE)).containsExactly("#protezionecivile", "#MASSACARRARA2026");
    }

    @Test
    void acceptsShortHashtagsAndLongSingleWords() {
        assertThat(found("#massa #estate #amministrazione #partecipazione #ProtezioneCivile",
                StyleIssue.HASHTAG_NOT_CAMEL_CASE)).isEmpty();
    }

    @Test
    void reportsCapitalsButNotAcronyms() {
        assertThat(found("ATTENZIONE: chiuso lo sportello", StyleIssue.ALL_CAPS)).containsExactly("ATTENZIONE");
        assertThat(found("OGGI LO SPORTELLO È CHIUSO.", StyleIssue.ALL_CAPS)).containsExactly("OGGI LO SPORTELLO È CHIUSO");
        assertThat(found("Accedi con SPID o CIE all'URP e paga l'IMU", StyleIssue.ALL_CAPS)).isEmpty();
        assertThat(found("Usa il codice ROMA2027 alla cassa", StyleIssue.ALL_CAPS)).isEmpty();
    }

    @Test
    void reportsPseudoFontLetters() {
        assertThat(found("Evento 𝐠𝐫𝐚𝐭𝐮𝐢𝐭𝐨 𝐩𝐞𝐫 𝐭𝐮𝐭𝐭𝐢 domani", StyleIssue.PSEUDO_FONT))
                .containsExactly("𝐠𝐫𝐚𝐭𝐮𝐢𝐭𝐨 𝐩𝐞𝐫 𝐭𝐮𝐭𝐭𝐢");
        assertThat(found("Evento gratuito per tutti", StyleIssue.PSEUDO_FONT)).isEmpty();
    }

    @Test
    void reportsApostrophesInPlaceOfAccents() {
        assertThat(found("Perche' la citta' e' chiusa? Piu' tardi.", StyleIssue.APOSTROPHE_FOR_ACCENT))
                .containsExactly("Perche'", "citta'", "e'", "Piu'");
    }

    @Test
    void acceptsElisionsTruncationsAndQuotes() {
        assertThat(found("L'ufficio apre un po' prima, dell'anagrafe si parla in 'Notizie' oggi.",
                StyleIssue.APOSTROPHE_FOR_ACCENT)).isEmpty();
    }

    @Test
    void reportsVagueLinkText() {
        assertThat(found("Per il modulo clicca qui: https://example.it", StyleIssue.VAGUE_LINK_TEXT))
                .containsExactly("clicca qui");
        assertThat(found("Il modulo per l'iscrizione è sul sito: https://example.it", StyleIssue.VAGUE_LINK_TEXT))
                .isEmpty();
    }

    @Test
    void reportsSentencesOverTwentyFiveWords() {
        String longOne = "Si avvisa la cittadinanza che a partire dal giorno lunedì prossimo e fino alla conclusione dei "
                + "lavori di rifacimento del manto stradale la via Roma sarà chiusa al traffico veicolare in entrambe "
                + "le direzioni di marcia";
        String text = "Lavori in corso. " + longOne + ". Grazie! https://example.it/lavori/via-roma";

        assertThat(found(text, StyleIssue.LONG_SENTENCE)).containsExactly(longOne);
        assertThat(found("Lavori in corso. Da lunedì via Roma è chiusa. Grazie!", StyleIssue.LONG_SENTENCE)).isEmpty();
    }
}
