package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbuseClassifierTests {

    @TempDir
    Path directory;

    @Test
    void loadsTheShippedModelInUnderTwoSeconds() {
        long start = System.nanoTime();
        Optional<AbuseClassifier> classifier = AbuseClassifier.loadDefault();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(classifier).isPresent();
        assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
        assertThat(classifier.get().description()).contains("abuse-it.jsonl");
    }

    @Test
    void scoresAnInsultAboveHarshButCivilCriticism() {
        AbuseClassifier classifier = AbuseClassifier.loadDefault().orElseThrow();

        AbuseScores insult = classifier.score("Sindaco sei un incapace e un buffone, vattene");
        AbuseScores criticism = classifier.score("Sindaco, sulla raccolta dei rifiuti la sua giunta ha fallito");

        assertThat(insult.abusive()).isGreaterThan(criticism.abusive());
        assertThat(insult.flagged()).isTrue();
        assertThat(criticism.flagged()).isFalse();
    }

    @Test
    void pointsTheEvidenceAtTheObfuscatedWordAsWritten() {
        AbuseClassifier classifier = AbuseClassifier.loadDefault().orElseThrow();
        String comment = "Il portavoce è un c0gl10n3, lo sanno tutti";

        AbuseScores scores = classifier.score(comment);

        assertThat(scores.evidence()).isNotEmpty();
        WeightedSpan strongest = scores.evidence().getFirst();
        assertThat(strongest.text()).isEqualTo("c0gl10n3");
        assertThat(strongest.span().of(comment)).isEqualTo("c0gl10n3");
        assertThat(strongest.weight()).isPositive();
    }

    @Test
    void tellsHateAgainstAGroupFromAnInsultToAPerson() {
        AbuseClassifier classifier = AbuseClassifier.loadDefault().orElseThrow();

        AbuseScores hate = classifier.score("Gli zingari sono tutti ladri, cacciateli con le ruspe");
        AbuseScores insult = classifier.score("Assessore sei un cretino e un buffone");

        assertThat(hate.hate()).isGreaterThan(hate.insult());
        assertThat(insult.insult()).isGreaterThan(insult.hate());
    }

    @Test
    void rejectsACorruptModelFileWithAClearMessage() throws IOException {
        Path model = directory.resolve("corrupt.model");
        byte[] shipped = shippedModel();
        Files.write(model, Arrays.copyOf(shipped, shipped.length / 2));

        assertThatThrownBy(() -> AbuseClassifier.load(model))
                .isInstanceOf(AbuseClassifier.InvalidModelException.class)
                .hasMessageContaining("corrupt.model")
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsAFileThatIsNotAModel() throws IOException {
        Path model = directory.resolve("notes.model");
        Files.writeString(model, "{\"not\": \"a model\"}");

        assertThatThrownBy(() -> AbuseClassifier.load(model))
                .isInstanceOf(AbuseClassifier.InvalidModelException.class)
                .hasMessageContaining("not a Piazza abuse model");
    }

    @Test
    void rejectsAModelWhoseBytesWereAltered() throws IOException {
        Path model = directory.resolve("altered.model");
        byte[] body;
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(shippedModel()))) {
            body = in.readAllBytes();
        }
        body[body.length / 2] ^= 0x55;
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(model))) {
            out.write(body);
        }

        assertThatThrownBy(() -> AbuseClassifier.load(model))
                .isInstanceOf(AbuseClassifier.InvalidModelException.class)
                .hasMessageContaining("corrupt model file");
    }

    @Test
    void fallsBackToRulesOnlyWhenTheModelCannotBeLoaded() throws IOException {
        Path corrupt = directory.resolve("corrupt.model");
        Files.write(corrupt, new byte[] {31, -117, 8, 0});

        assertThat(AbuseClassifier.tryLoad(corrupt)).isEmpty();
        assertThat(AbuseClassifier.tryLoad(directory.resolve("missing.model"))).isEmpty();
    }

    private static byte[] shippedModel() throws IOException {
        try (InputStream in = AbuseClassifier.class.getResourceAsStream(AbuseClassifier.DEFAULT_MODEL)) {
            return in.readAllBytes();
        }
    }
}
