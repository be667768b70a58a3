package it.piazza.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of the personal data detector on one thread, in comments per second, over a realistic mix of
 * comments to a public administration's posts ({@code pii/comment-mix.jsonl}): most hold no personal data
 * (complaints, questions, insults, dates, times, bus lines, amounts), one in five holds some. Run it as
 * docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PersonalDataDetectorBenchmark {

    /** The mix, from {@code src/test/resources/pii/comment-mix.jsonl} (also usable with {@code pii evaluate}). */
    static final List<String> MIX = texts(false);
    /** The comments of the mix that hold personal data. */
    static final List<String> PERSONAL = texts(true);
    private static final int MIX_SIZE = 40;
    private static final int PERSONAL_SIZE = 8;

    private final PersonalDataDetector detector = PersonalDataDetector.withPublicContacts(
            List.of("Via Grigna 13, 20900 Monza", "Tel. 039.975.2304", "urp@comune.monza.it"));
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    private static List<String> texts(boolean personalOnly) {
        InputStream in = PersonalDataDetectorBenchmark.class.getResourceAsStream("/pii/comment-mix.jsonl");
        if (in == null) {
            throw new IllegalStateException("comment-mix.jsonl is missing from the test classpath");
        }
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> texts = reader.lines().map(json::readTree)
                    .filter(line -> !personalOnly || !line.path("entities").isEmpty())
                    .map(line -> line.get("text").asString()).toList();
            int expected = personalOnly ? PERSONAL_SIZE : MIX_SIZE;
            if (texts.size() != expected) {
                throw new IllegalStateException("expected " + expected + " comments, found " + texts.size());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole detector over the realistic mix: the score is comments per second. */
    @Benchmark
    @OperationsPerInvocation(MIX_SIZE)
    public void realisticMix(Blackhole blackhole) {
        for (String comment : MIX) {
            blackhole.consume(detector.find(comment));
        }
    }

    /** The whole detector over comments that all hold personal data: the worst case. */
    @Benchmark
    @OperationsPerInvocation(PERSONAL_SIZE)
    public void personalDataOnly(Blackhole blackhole) {
        for (String comment : PERSONAL) {
            blackhole.consume(detector.find(comment));
        }
    }

    /** libphonenumber alone on one pre-filtered candidate run, as the phone recognizer calls it. */
    @Benchmark
    public Object libphonenumberOnCandidate() {
        return phones.findNumbers("347 889 1203", "IT", PhoneNumberUtil.Leniency.VALID, 8).iterator().hasNext();
    }
}
