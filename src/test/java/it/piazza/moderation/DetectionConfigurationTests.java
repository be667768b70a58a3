package it.piazza.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.detection.AbuseClassifier;
import it.piazza.detection.AbuseClassifierTraining;
import it.piazza.detection.Category;
import it.piazza.detection.CommentAnalyzer;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.Finding;
import it.piazza.detection.LabelledComment;
import it.piazza.policy.EnteAnalysisSettings;
import it.piazza.policy.Policy;
import it.piazza.policy.PolicyReader;
import it.piazza.policy.Presets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The retraining loop ends here: an ente's own model ({@code piazza.classifier.model.<ente>}) is the one its
 * comments are analysed with, and nothing else changes for the other entes.
 */
class DetectionConfigurationTests {

    /** A word no Italian comment uses, made abusive by the ente's own decisions only. */
    private static final String OWN_INSULT = "zorbliquo";
    private static final String COMMENT = "ecco di nuovo quel " + OWN_INSULT + " del tecnico comunale";

    @TempDir
    static Path folder;
    private static Path ownModel;

    private final CommentAnalyzer standard = CommentAnalyzer.standard();
    private final CommentAnalyzer rulesOnly = CommentAnalyzer.rulesOnly();
    private final Policy massa = Presets.load("comune-massa");

    @BeforeAll
    static void trainTheEntesOwnModel() throws IOException {
        List<LabelledComment> decisions = new ArrayList<>();
        String[] places = {"in piazza", "al mercato", "sul lungomare", "in comune", "alla stazione", "al parco"};
        String[] subjects = {"il sindaco", "l'assessore", "il vigile", "il consigliere", "il vicino", "il tecnico"};
        for (int i = 0; i < 36; i++) {
            String subject = subjects[i % subjects.length];
            String place = places[(i / subjects.length) % places.length];
            decisions.add(new LabelledComment("kept-" + i, subject + " era " + place + " stamattina", 0, null));
            decisions.add(new LabelledComment("removed-" + i, subject + " è un " + OWN_INSULT + " " + place, 1,
                    "INSULT"));
        }
        AbuseClassifier classifier = AbuseClassifierTraining.train(decisions, "decisioni del Comune di Massa",
                new AbuseClassifierTraining.Options(16, 0.5, 3, 7), done -> { }).classifier();
        ownModel = folder.resolve("comune-massa.model");
        try (OutputStream out = Files.newOutputStream(ownModel)) {
            classifier.writeTo(out);
        }
    }

    private DetectionConfiguration.Analyzers analyzers(MockEnvironment environment) {
        return new DetectionConfiguration.Analyzers(standard, rulesOnly, environment);
    }

    private static List<Category> categories(CommentAnalyzer analyzer, Policy policy) {
        return analyzer.analyze(CommentToAnalyze.of(COMMENT), EnteAnalysisSettings.of(policy)).findings().stream()
                .map(Finding::category).toList();
    }

    @Test
    void anEnteWithItsOwnModelIsAnalysedWithIt() {
        var analyzers = analyzers(new MockEnvironment()
                .withProperty("piazza.classifier.model.comune-massa", ownModel.toString()));

        CommentAnalyzer massaAnalyzer = analyzers.of(massa);

        assertThat(massaAnalyzer).isNotSameAs(standard).isNotSameAs(rulesOnly);
        assertThat(categories(massaAnalyzer, massa)).contains(Category.INSULT);
        assertThat(categories(standard, massa)).doesNotContain(Category.INSULT);
    }

    @Test
    void otherEntesKeepTheBundledModel() {
        var analyzers = analyzers(new MockEnvironment()
                .withProperty("piazza.classifier.model.comune-massa", ownModel.toString()));

        assertThat(analyzers.of(Presets.load("roma-capitale"))).isSameAs(standard);
    }

    @Test
    void anUnusableModelFileLeavesTheEnteOnRulesOnly() throws IOException {
        Path corrupt = Files.writeString(folder.resolve("corrupt.model"), "non è un modello");
        var analyzers = analyzers(new MockEnvironment()
                .withProperty("piazza.classifier.model.comune-massa", corrupt.toString()));

        assertThat(analyzers.of(massa)).isSameAs(rulesOnly);
    }

    @Test
    void aPolicyThatTurnsTheClassifierOffRunsRulesOnlyEvenWithItsOwnModel() {
        String yaml = Presets.yaml("comune-massa").replace("moderation:\n", "moderation:\n  classifier: false\n");
        Policy withoutClassifier = PolicyReader.read("comune-massa.yaml", yaml);
        var analyzers = analyzers(new MockEnvironment()
                .withProperty("piazza.classifier.model.comune-massa", ownModel.toString()));

        assertThat(withoutClassifier.moderation().classifier()).isFalse();
        assertThat(analyzers.of(withoutClassifier)).isSameAs(rulesOnly);
    }
}
