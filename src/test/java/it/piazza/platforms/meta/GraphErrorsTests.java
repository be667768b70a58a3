package it.piazza.platforms.meta;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphErrorsTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    private static HttpAnswer answer(int status, String body, Map<String, String> headers) {
        Map<String, List<String>> h = new java.util.HashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        return new HttpAnswer(status, HttpHeaders.of(h, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
    }

    private static ActionOutcome outcome(int code, int subcode) {
        return GraphErrors.outcome(answer(400, "{\"error\":{\"message\":\"(#" + code + ") detto da Meta\",\"type\":\"OAuthException\","
                + "\"code\":" + code + (subcode == 0 ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"x\"}}", Map.of()),
                "3333_4444", CLOCK);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 17, 32, 341, 613, 80001, 80002, 80006, 368})
    void retriesServiceErrorsAndRateLimits(int code) {
        assertThat(outcome(code, 0)).isInstanceOf(ActionOutcome.RetryLater.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {458, 459, 460, 463, 464, 467})
    void rejectsTheCredentialsForEveryTokenSubcode(int subcode) {
        assertThat(outcome(190, subcode)).isInstanceOf(ActionOutcome.CredentialsRejected.class);
    }

    @Test
    void rejectsTheCredentialsOnASessionError() {
        assertThat(outcome(102, 0)).isInstanceOf(ActionOutcome.CredentialsRejected.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 200, 230, 299})
    void refusesAMissingPermissionSayingWhatToGrant(int code) {
        assertThat(outcome(code, 0)).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("missing permission", "grant the app"));
    }

    @Test
    void refusesAMessageOutsideTheWindowSayingSo() {
        assertThat(outcome(10, 2018278)).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("window").doesNotContain("permission"));
    }

    @Test
    void refusesAnInvalidParameterWithMetasMessage() {
        assertThat(outcome(100, 33)).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("detto da Meta", "code 100", "subcode 33"));
    }

    @Test
    void countsADuplicatePostAsDoneWithoutRepeatingIt() {
        assertThat(outcome(506, 0)).isEqualTo(new ActionOutcome.Done("3333_4444"));
    }

    @Test
    void waitsAsLongAsRetryAfterSays() {
        ActionOutcome outcome = GraphErrors.outcome(answer(400, "{\"error\":{\"code\":4,\"message\":\"(#4) limit\"}}",
                Map.of("Retry-After", "42")), "x", CLOCK);

        assertThat(outcome).isEqualTo(new ActionOutcome.RetryLater("Meta: (#4) limit (code 4)", Duration.ofSeconds(42)));
    }

    @Test
    void waitsTheLongestEstimatedTimeToRegainAccess() {
        String usage = "{\"111\":[{\"type\":\"pages\",\"call_count\":100,\"estimated_time_to_regain_access\":3}],"
                + "\"222\":[{\"type\":\"instagram\",\"call_count\":98,\"estimated_time_to_regain_access\":17}]}";

        ActionOutcome outcome = GraphErrors.outcome(answer(400, "{\"error\":{\"code\":80001,\"message\":\"too many\"}}",
                Map.of("X-Business-Use-Case-Usage", usage)), "x", CLOCK);

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.RetryLater.class,
                r -> assertThat(r.after()).isEqualTo(Duration.ofMinutes(17)));
    }

    @Test
    void retriesAServerErrorWithoutAGraphBody() {
        assertThat(GraphErrors.outcome(answer(503, "<html>Service Unavailable</html>", Map.of()), "x", CLOCK))
                .isInstanceOf(ActionOutcome.RetryLater.class);
    }

    @Test
    void refusesAClientErrorWithoutAGraphBody() {
        assertThat(GraphErrors.outcome(answer(404, "Not Found", Map.of()), "x", CLOCK))
                .isInstanceOf(ActionOutcome.Refused.class);
    }

    @Test
    void retriesAnErrorMetaMarksTransient() {
        assertThat(GraphErrors.outcome(answer(400, "{\"error\":{\"code\":1234,\"is_transient\":true,\"message\":\"m\"}}",
                Map.of()), "x", CLOCK)).isInstanceOf(ActionOutcome.RetryLater.class);
    }
}
