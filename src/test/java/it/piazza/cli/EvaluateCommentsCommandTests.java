package it.piazza.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class EvaluateCommentsCommandTests {

    @TempDir
    Path dir;

    @Test
    void printsTheFiguresOfALabelledFileAsJson() throws Exception {
        Path data = dir.resolve("comments.jsonl");
        Files.writeString(data, """
                {"id":"a","ente":"mit","text":"sei un imbecille","categories":["INSULT"],"intents":[],"note":"insult"}
                {"id":"b","ente":"mit","text":"Grazie!","categories":[],"intents":[],"note":"clean"}
                {"id":"c","ente":"mit","text":"Ministero incompetente, vergogna","categories":[],"intents":["COMPLAINT"],"note":"hard negative: criticism"}
                """, StandardCharsets.UTF_8);
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = PiazzaCli.run("evaluate", "comments", "--data", data.toString(), "--mismatches");
        } finally {
            System.setOut(original);
        }

        JsonNode report = JsonLines.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(report.get("comments").asInt()).isEqualTo(3);
        assertThat(report.get("violation_recall").asDouble()).isEqualTo(1.0);
        assertThat(report.get("criticism_flagged").asInt()).isZero();
        assertThat(report.get("categories").get("INSULT").get("precision").asDouble()).isEqualTo(1.0);
        assertThat(report.get("mismatches").isArray()).isTrue();
    }
}
