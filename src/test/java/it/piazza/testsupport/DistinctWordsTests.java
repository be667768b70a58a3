package it.piazza.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.Analysis;
import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.CommentAnalyzer;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.MessageTriage;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctWordsTests {

    private static final int WORDS = 3_000;

    @Test
    void aDistinctWordNeverChangesTheIntentOfAMessage() {
        MessageTriage triage = MessageTriage.standard();
        List<String> messages = List.of("Buongiorno, a che ora apre l'ufficio anagrafe?",
                "Salve, come posso prenotare il ritiro degli ingombranti?",
                "Grazie per le informazioni, siete stati gentilissimi");
        for (String message : messages) {
            var intent = triage.classify(message).intent();
            for (int i = 0; i < WORDS; i++) {
                String word = DistinctWords.next();
                assertThat(triage.classify(message + " " + word).intent()).as(word).isEqualTo(intent);
            }
        }
    }

    @Test
    void aDistinctWordNeverAddsAFindingToAComment() {
        CommentAnalyzer analyzer = CommentAnalyzer.standard();
        String comment = "Sei un imbecille, vergognati";
        var categories = analyzer.analyze(CommentToAnalyze.of(comment), AnalysisSettings.defaults())
                .categories(Analysis.DEFAULT_THRESHOLD);
        for (int i = 0; i < WORDS; i++) {
            String word = DistinctWords.next();
            assertThat(analyzer.analyze(CommentToAnalyze.of(comment + " " + word), AnalysisSettings.defaults())
                    .categories(Analysis.DEFAULT_THRESHOLD)).as(word)
                    .isEqualTo(categories);
        }
    }
}
