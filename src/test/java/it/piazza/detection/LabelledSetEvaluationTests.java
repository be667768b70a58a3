package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelledSetEvaluationTests {

    private static final String FIXTURE = """
            {"id":"a","ente":"mit","text":"sei un imbecille","categories":["INSULT"],"intents":[],"note":"insult"}
            {"id":"b","ente":"mit","text":"Grazie!","categories":[],"intents":[],"note":"clean"}
            {"id":"c","ente":"mit","text":"Il ministero è incompetente","categories":[],"intents":["COMPLAINT"],"note":"hard negative: criticism"}
            {"id":"d","ente":"mit","text":"Tutto bene","categories":["THREAT"],"intents":[],"note":"a threat the detectors cannot see"}
            """;

    @Test
    void computesPrecisionRecallAndRatesFromTheLabels() {
        LabelledSetEvaluation.Report r = LabelledSetEvaluation.evaluate(Analyses.ANALYZER,
                LabelledSetEvaluation.read(new StringReader(FIXTURE)), Map.of(), Analysis.DEFAULT_THRESHOLD, Set.of());

        assertThat(r.comments()).isEqualTo(4);
        assertThat(r.violations()).isEqualTo(2);
        assertThat(r.violationRecall()).isEqualTo(0.5);
        assertThat(r.categories().get(Category.INSULT)).isEqualTo(new LabelledSetEvaluation.Score(1, 0, 0));
        assertThat(r.categories().get(Category.THREAT).recall()).isZero();
        assertThat(r.hardNegatives()).isEqualTo(1);
        assertThat(r.mismatches()).extracting(LabelledSetEvaluation.Mismatch::id).contains("d");
    }

    @Test
    void leavesOutTheCategoriesNotEvaluated() {
        LabelledSetEvaluation.Report r = LabelledSetEvaluation.evaluate(Analyses.ANALYZER,
                LabelledSetEvaluation.read(new StringReader(FIXTURE)), Map.of(), Analysis.DEFAULT_THRESHOLD,
                EnumSet.of(Category.THREAT));

        assertThat(r.violations()).isEqualTo(1);
        assertThat(r.violationRecall()).isEqualTo(1.0);
        assertThat(r.categories()).doesNotContainKey(Category.THREAT);
    }

    @Test
    void meetsTheTargetsOnTheLabelledSetWithoutRemovingCriticism() throws Exception {
        LabelledSetEvaluation.Report r;
        try (Reader data = resource("/labelled/comments.jsonl"); Reader settings = resource("/labelled/settings.json")) {
            r = LabelledSetEvaluation.evaluate(Analyses.ANALYZER, LabelledSetEvaluation.read(data),
                    LabelledSetEvaluation.readSettings(settings), Analysis.DEFAULT_THRESHOLD,
                    EnumSet.of(Category.PERSONAL_DATA, Category.MINORS));
        }

        assertThat(r.comments()).isGreaterThanOrEqualTo(300);
        assertThat(r.hardNegatives() * 3).isGreaterThanOrEqualTo(r.comments());
        assertThat(r.violationRecall()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.cleanFalsePositiveRate()).isLessThanOrEqualTo(0.05);
        assertThat(r.criticismFlagged()).isZero();
    }

    private static Reader resource(String name) {
        return new InputStreamReader(Objects.requireNonNull(LabelledSetEvaluationTests.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryLabelledCommentOfTheHeldOutSet() throws Exception {
        try (Reader data = resource("/labelled/comments-heldout.jsonl")) {
            List<LabelledSetEvaluation.LabelledComment> comments = LabelledSetEvaluation.read(data);
            assertThat(comments).hasSizeGreaterThanOrEqualTo(100).allSatisfy(c -> assertThat(c.ente()).isNotBlank());
        }
    }
}
