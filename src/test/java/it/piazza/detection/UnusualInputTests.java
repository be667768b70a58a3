package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnusualInputTests {

    static List<String> unusual() {
        return List.of("", " ", "?", "*", "****", "#", "@", "http://", "www.", "...", "'", "\"", "«", "😀", "👏👏👏",
                "🇮🇹🇮🇹", "a b c d e f g", "m*a*b*c*d*e*f*g*h*i*l*m*n*o*p*q*r*s*t*u*v*z",
                "\"non chiuso", "'a", "1,2,3", "€€€", "x".repeat(5_000), "ciao ".repeat(2_000),
                "s.t.r.o.n.z.o.".repeat(300), "c@zzo".repeat(400));
    }

    @ParameterizedTest
    @MethodSource("unusual")
    void analysesAnyTextWithEvidenceInsideIt(String text) {
        CommentToAnalyze comment = CommentToAnalyze.of(text).withPost(text)
                .withAuthor("u", Instant.EPOCH, List.of(new PriorComment(text, Instant.EPOCH.minus(Duration.ofMinutes(1)))));

        Analysis a = Analyses.ANALYZER.analyze(comment, AnalysisSettings.defaults());

        assertThat(a.findings()).allSatisfy(f -> assertThat(f.evidence())
                .allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(text.length())));
    }
}
