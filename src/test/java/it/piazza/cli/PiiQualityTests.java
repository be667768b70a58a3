package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * Quality gate on the project's own Italian cases (the kinds the external benchmark lacks): a change to a
 * recognizer that loses recall or adds false positives on them fails the build.
 */
class PiiQualityTests {

    @ParameterizedTest
    @ValueSource(strings = {"italian-comments.jsonl", "italian-comments-holdout.jsonl"})
    void keepsHighQualityOnItalianComments(String file) throws URISyntaxException {
        Path data = Path.of(PiiQualityTests.class.getResource("/pii/" + file).toURI());
        PiiEvaluation evaluation = new PiiEvaluation();
        new CommandLine(evaluation).parseArgs("--data", data.toString());
        JsonNode report = evaluation.evaluate(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertThat(report.at("/micro/f1").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.at("/any_pii/recall").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.get("negatives_with_detection").asInt()).isZero();
    }
}
