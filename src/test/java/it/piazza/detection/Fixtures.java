package it.piazza.detection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small labelled data for the classifier tests: the test fixture of hand-written comments. */
public final class Fixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    public static List<LabelledComment> trainingComments() throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/classifier/comments.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(Fixtures::labelled).toList();
        }
    }

    private static LabelledComment labelled(String line) {
        JsonNode node = JSON.readTree(line);
        JsonNode category = node.get("category");
        return new LabelledComment(node.get("id").asString(), node.get("text").asString(), node.get("label").asInt(),
                category == null || category.isNull() ? null : category.asString());
    }
}
