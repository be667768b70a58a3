package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.inbox.FaqAssistant;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The FAQ assistant on its labelled questions (docs/benchmarks.md, ## Inbox). */
class EvaluateFaqCommandTests {

    @Test
    void neverAnswersWrongOnTheLabelledQuestionsAndHandsOverWhatTheFaqLacks() throws URISyntaxException {
        List<EvaluateFaqCommand.LabelledQuestion> questions = EvaluateFaqCommand.read(
                Path.of(EvaluateFaqCommandTests.class.getResource("/inbox/faq-questions.jsonl").toURI()));

        ObjectNode figures = EvaluateFaqCommand.evaluate(questions, FaqAssistant.bundled(), false);

        assertThat(questions).extracting(EvaluateFaqCommand.LabelledQuestion::ente).containsAll(List.of("mit",
                "comune-massa", "provincia-monza-brianza", "roma-capitale", "comune-porto-sant-elpidio"));
        assertThat(figures.get("answered_right").asInt() + figures.get("answered_wrong").asInt()
                + figures.get("handed_over_answerable").asInt()).isEqualTo(figures.get("answerable").asInt());
        assertThat(figures.get("answer_precision").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.get("handover_correctness").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.get("answer_accuracy").asDouble()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void countsAWrongAnswerAndListsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.jsonl");
        Files.writeString(file, """
                {"id": "a", "ente": "roma-capitale", "text": "Qual è il numero di ChiamaRoma?", "expected": "ztl"}
                {"id": "b", "ente": "roma-capitale", "text": "Qual è il numero di ChiamaRoma?", "expected": "chiamaroma"}
                """);

        ObjectNode figures = EvaluateFaqCommand.evaluate(EvaluateFaqCommand.read(file), FaqAssistant.bundled(), true);

        assertThat(figures.get("answered_wrong").asInt()).isEqualTo(1);
        assertThat(figures.get("answered_right").asInt()).isEqualTo(1);
        assertThat(figures.get("mismatches").get(0).get("id").asString()).isEqualTo("a");
    }
}
