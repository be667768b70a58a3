package it.piazza.detection.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.AbuseClassifier;
import it.piazza.detection.AbuseScores;
import it.piazza.detection.ItalianTextNormalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AbuseModelTrainingTests {

    private static final ModelTrainer.Options OPTIONS = new ModelTrainer.Options(16, 0.5, 3, 7);
    private static List<LabelledText> fixture;
    private static ModelTrainer.Result trained;

    @BeforeAll
    static void train() throws IOException {
        fixture = Fixtures.trainingComments();
        trained = trainer().train(fixture, "fixture", OPTIONS, (done, total) -> { });
    }

    private static ModelTrainer trainer() {
        return new ModelTrainer(ItalianTextNormalizer.standard(), Lexicon.standard());
    }

    @Test
    void trainsTheSameModelFromTheSameData() throws IOException {
        ModelTrainer.Result again = trainer().train(fixture, "fixture", OPTIONS, (done, total) -> { });

        assertThat(bytes(again.model())).isEqualTo(bytes(trained.model()));
    }

    @Test
    void trainsADifferentModelWithAnotherSeed() throws IOException {
        ModelTrainer.Options other = new ModelTrainer.Options(16, 0.5, 3, 8);
        ModelTrainer.Result again = trainer().train(fixture, "fixture", other, (done, total) -> { });

        assertThat(bytes(again.model())).isNotEqualTo(bytes(trained.model()));
    }

    @Test
    void trainsEveryHeadTheCategoriesTeach() {
        assertThat(trained.model().heads()).allMatch(Head::trained);
        assertThat(trained.reports()).extracting(ModelTrainer.HeadReport::question)
                .containsExactly(Head.Question.values());
    }

    @Test
    void leavesTheCategoryHeadsUntrainedWithoutCategories() {
        List<LabelledText> uncategorised = fixture.stream()
                .map(l -> new LabelledText(l.id(), l.text(), l.label(), null)).toList();

        ModelTrainer.Result result = trainer().train(uncategorised, "no categories", OPTIONS, (d, t) -> { });
        AbuseScores scores = AbuseClassifier.of(result.model()).score("sei un idiota");

        assertThat(result.model().head(Head.Question.INSULT).trained()).isFalse();
        assertThat(scores.insult()).isEqualTo(scores.abusive());
        assertThat(scores.hate()).isEqualTo(scores.abusive());
    }

    @Test
    void givesCalibratedProbabilitiesRatherThanCertainties() {
        AbuseClassifier classifier = AbuseClassifier.of(trained.model());

        double[] probabilities = fixture.stream().mapToDouble(l -> classifier.score(l.text()).abusive()).toArray();

        assertThat(java.util.Arrays.stream(probabilities).boxed().toList()).allMatch(p -> p > 0 && p < 1);
        long uncertain = java.util.Arrays.stream(probabilities).filter(p -> p > 0.1 && p < 0.9).count();
        assertThat(uncertain).isGreaterThan(probabilities.length / 10);
        double meanAbusive = fixture.stream().filter(l -> l.label() == 1)
                .mapToDouble(l -> classifier.score(l.text()).abusive()).average().orElseThrow();
        double meanCivil = fixture.stream().filter(l -> l.label() == 0)
                .mapToDouble(l -> classifier.score(l.text()).abusive()).average().orElseThrow();
        assertThat(meanAbusive).isGreaterThan(meanCivil + 0.3);
    }

    @Test
    void scoresWithTheWeightsTheModelFileKeeps() throws IOException {
        AbuseModel reread = ModelFile.read(new java.io.ByteArrayInputStream(bytes(trained.model())),
                Lexicon.standard());
        AbuseClassifier original = AbuseClassifier.of(trained.model());
        AbuseClassifier fromFile = AbuseClassifier.of(reread);

        for (LabelledText line : fixture.subList(0, 20)) {
            assertThat(fromFile.score(line.text())).isEqualTo(original.score(line.text()));
        }
    }

    private static byte[] bytes(AbuseModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(model, out);
        return out.toByteArray();
    }
}
