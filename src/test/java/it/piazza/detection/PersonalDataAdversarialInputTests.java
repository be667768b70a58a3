package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs of 100,000 characters built to make backtracking regular expressions or quadratic scans blow up.
 * Each must finish well under a second; the bound is generous (two seconds) so that a slow build machine
 * does not fail the test, while a super-linear scan (minutes) does.
 */
class PersonalDataAdversarialInputTests {

    private static final int LENGTH = 100_000;
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final PersonalDataDetector DETECTOR =
            PersonalDataDetector.withPublicContacts(java.util.List.of("Via Grigna 13, 20900 Monza", "060606"));

    /** Loads classes and metadata (libphonenumber, iban4j) first, so that each test times only its input. */
    @BeforeAll
    static void loadEverything() {
        assertThat(DETECTOR.find("Sono Mario Rossi, tel 333 123 4567, IBAN IT60X0542811101000000123456")).isNotEmpty();
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("letters", "a".repeat(LENGTH)),
                Arguments.of("digits", "1".repeat(LENGTH)),
                Arguments.of("spaced digits", "1 ".repeat(LENGTH / 2)),
                Arguments.of("dotted digits", "1.".repeat(LENGTH / 2)),
                Arguments.of("at signs", "a@".repeat(LENGTH / 2)),
                Arguments.of("local part without at", "a.b-c_d+".repeat(LENGTH / 8)),
                Arguments.of("domain without end", "x@" + "a.".repeat(LENGTH / 2 - 1)),
                Arguments.of("iban prefixes", "IT60 ".repeat(LENGTH / 5)),
                Arguments.of("iban groups", ("IT60 " + "X054 ".repeat(10)).repeat(LENGTH / 55)),
                Arguments.of("upper-case code", "AB1".repeat(LENGTH / 3)),
                Arguments.of("fiscal-code letters", "RSSMRA".repeat(LENGTH / 6)),
                Arguments.of("phone punctuation", "+(0) -".repeat(LENGTH / 6)),
                Arguments.of("triggers", "abito in via ".repeat(LENGTH / 13)),
                Arguments.of("minors", "mia figlia ".repeat(LENGTH / 11)),
                Arguments.of("health", "mio padre malato di ".repeat(LENGTH / 20)),
                Arguments.of("protocol", "protocollo n. 1/".repeat(LENGTH / 16)),
                Arguments.of("names", "mi chiamo Mario ".repeat(LENGTH / 16)),
                Arguments.of("card groups", "4111 ".repeat(LENGTH / 5)),
                Arguments.of("plates", "targa AB ".repeat(LENGTH / 9)),
                Arguments.of("one capitalised word", "M" + "a".repeat(LENGTH - 1)),
                Arguments.of("capitalised pairs", "Aa Bb ".repeat(LENGTH / 6)),
                Arguments.of("relatives", "mio padre Aa ".repeat(LENGTH / 13)),
                Arguments.of("mixed separators", "3-3 3.3/3 (3) +".repeat(LENGTH / 15)),
                Arguments.of("hidden at signs", "a [at] b.".repeat(LENGTH / 9)),
                Arguments.of("split fiscal codes", "RSS MRA 45C".repeat(LENGTH / 11)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void finishesInLinearTime(String name, String input) {
        assertThat(input.length()).isBetween(LENGTH - 100, LENGTH);
        String redacted = assertTimeoutPreemptively(BOUND, () -> DETECTOR.redact(input));
        assertThat(redacted).isNotNull();
    }
}
