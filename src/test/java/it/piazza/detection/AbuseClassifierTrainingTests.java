package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbuseClassifierTrainingTests {

    private static final AbuseClassifierTraining.Options OPTIONS = new AbuseClassifierTraining.Options(16, 0.5, 3, 7);
    private static List<LabelledComment> fixture;
    private static AbuseClassifierTraining.Trained trained;

    @TempDir
    Path directory;

    @BeforeAll
    static void train() throws IOException {
        fixture = Fixtures.trainingComments();
        trained = AbuseClassifierTraining.train(fixture, "fixture", OPTIONS, done -> { });
    }

    @Test
    void trainsTheSameModelFromTheSameData() throws IOException {
        AbuseClassifierTraining.Trained again = AbuseClassifierTraining.train(fixture, "fixture", OPTIONS, d -> { });

        assertThat(bytes(again.classifier())).isEqualTo(bytes(trained.classifier()));
    }

    @Test
    void trainsADifferentModelWithAnotherSeed() throws IOException {
        AbuseClassifierTraining.Options other = new AbuseClassifierTraining.Options(16, 0.5, 3, 8);

        AbuseClassifierTraining.Trained again = AbuseClassifierTraining.train(fixture, "fixture", other, d -> { });

        assertThat(bytes(again.classifier())).isNotEqualTo(bytes(trained.classifier()));
    }

    @Test
    void reportsEveryQuestionTheCategoriesTeach() {
        assertThat(trained.reports()).extracting(AbuseClassifierTraining.HeadReport::question)
                .containsExactly(AbuseQuestion.values());
        assertThat(trained.reports()).allSatisfy(r -> assertThat(r.outOfFold().macroF1()).isGreaterThan(0.5));
    }

    @Test
    void answersInsultAndHateWithTheAbusiveProbabilityWhenTrainedWithoutCategories() {
        List<LabelledComment> uncategorised = fixture.stream()
                .map(c -> new LabelledComment(c.id(), c.text(), c.label(), null)).toList();

        AbuseClassifierTraining.Trained result = AbuseClassifierTraining.train(uncategorised, "no categories",
                OPTIONS, d -> { });
        AbuseScores scores = result.classifier().score("sei un idiota");

        assertThat(result.reports()).extracting(AbuseClassifierTraining.HeadReport::question)
                .containsExactly(AbuseQuestion.ABUSIVE);
        assertThat(scores.insult()).isEqualTo(scores.abusive());
        assertThat(scores.hate()).isEqualTo(scores.abusive());
    }

    @Test
    void givesCalibratedProbabilitiesOnCommentsItHasNotSeen() {
        List<LabelledComment> seen = java.util.stream.IntStream.range(0, fixture.size()).filter(i -> i % 2 == 0)
                .mapToObj(fixture::get).toList();
        List<LabelledComment> unseen = java.util.stream.IntStream.range(0, fixture.size()).filter(i -> i % 2 == 1)
                .mapToObj(fixture::get).toList();
        AbuseClassifier classifier = AbuseClassifierTraining.train(seen, "half", OPTIONS, d -> { }).classifier();

        double[] probabilities = unseen.stream().mapToDouble(c -> classifier.score(c.text()).abusive()).toArray();

        assertThat(Arrays.stream(probabilities).boxed().toList()).allMatch(p -> p > 0 && p < 1);
        long uncertain = Arrays.stream(probabilities).filter(p -> p > 0.1 && p < 0.9).count();
        assertThat(uncertain).isGreaterThan(probabilities.length / 5);
        double meanProbability = Arrays.stream(probabilities).average().orElseThrow();
        double abusiveShare = unseen.stream().filter(c -> c.label() == 1).count() / (double) unseen.size();
        assertThat(meanProbability).isCloseTo(abusiveShare, org.assertj.core.data.Offset.offset(0.15));
        double meanAbusive = unseen.stream().filter(c -> c.label() == 1)
                .mapToDouble(c -> classifier.score(c.text()).abusive()).average().orElseThrow();
        double meanOther = unseen.stream().filter(c -> c.label() == 0)
                .mapToDouble(c -> classifier.score(c.text()).abusive()).average().orElseThrow();
        assertThat(meanAbusive).isGreaterThan(meanOther + 0.2);
    }

    @Test
    void scoresTheSameAfterAWriteAndALoad() throws Exception {
        Path file = Files.write(directory.resolve("fixture.model"), bytes(trained.classifier()));

        AbuseClassifier reloaded = AbuseClassifier.load(file);

        for (LabelledComment comment : fixture.subList(0, 20)) {
            assertThat(reloaded.score(comment.text())).isEqualTo(trained.classifier().score(comment.text()));
        }
    }

    @Test
    void refusesDataWithOneLabelOnly() {
        List<LabelledComment> civil = fixture.stream().filter(c -> c.label() == 0).toList();

        assertThatThrownBy(() -> AbuseClassifierTraining.train(civil, "civil", OPTIONS, d -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both abusive");
    }

    private static byte[] bytes(AbuseClassifier classifier) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        classifier.writeTo(out);
        return out.toByteArray();
    }
}
