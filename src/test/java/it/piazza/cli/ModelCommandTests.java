package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ModelCommandTests {

    @TempDir
    Path directory;

    private Path train;
    private Path test;

    @BeforeEach
    void splitFixture() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/classifier/comments.jsonl")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        train = Files.write(directory.resolve("train.jsonl"),
                lines.stream().filter(l -> l.hashCode() % 5 != 0).toList());
        test = Files.write(directory.resolve("test.jsonl"),
                lines.stream().filter(l -> l.hashCode() % 5 == 0).toList());
    }

    @Test
    void trainsAModelThatEvaluatePrintsTheContractObjectFor() {
        Path model = directory.resolve("out/abuse.model");

        Run training = run("model", "train", "--data", train.toString(), "--out", model.toString(), "--folds", "3");
        Run evaluation = run("model", "evaluate", "--model", model.toString(), "--data", test.toString());

        assertThat(training.status).isZero();
        assertThat(model).isRegularFile();
        assertThat(evaluation.status).isZero();
        assertContractObject(evaluation.json(), Math.toIntExact(lines(test)));
    }

    @Test
    void crossEvaluatesByTrainingAfresh() {
        Run run = run("model", "cross-eval", "--train", train.toString(), "--test", test.toString(),
                "--folds", "3");

        assertThat(run.status).isZero();
        assertContractObject(run.json(), Math.toIntExact(lines(test)));
    }

    @Test
    void acceptsTheModerationExportWithStringLabelsAndCategories() throws IOException {
        Path export = Files.writeString(directory.resolve("export.jsonl"), """
                {"id": "a", "text": "sei un idiota", "label": "1", "category": "INSULT"}
                {"id": "b", "text": "grazie per le informazioni", "label": 0}
                """);

        Run run = run("model", "evaluate", "--model", "src/main/resources/models/abuse-it.model",
                "--data", export.toString());

        assertThat(run.status).isZero();
        assertThat(run.json().get("n").asInt()).isEqualTo(2);
    }

    @Test
    void reportsAnUnusableModelFileWithoutAStackTrace() throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.model"), "garbage");

        Run run = run("model", "evaluate", "--model", broken.toString(), "--data", test.toString());

        assertThat(run.status).isNotZero();
        assertThat(run.stdout).isEmpty();
    }

    private static void assertContractObject(JsonNode result, int n) {
        assertThat(result.get("n").asInt()).isEqualTo(n);
        assertThat(result.get("macro_f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(result.get("f1").get("0").asDouble()).isBetween(0.0, 1.0);
        assertThat(result.get("f1").get("1").asDouble()).isBetween(0.0, 1.0);
        assertThat(result.get("accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(result.get("per_second").asDouble()).isPositive();
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int status = PiazzaCli.run(args);
            return new Run(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    private record Run(int status, String stdout) {
        JsonNode json() {
            return JsonLines.JSON.readTree(stdout);
        }
    }
}
