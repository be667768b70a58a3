package it.piazza.platforms.youtube;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import tools.jackson.databind.JsonNode;

/**
 * YouTube's failures as outcomes, in one place: the API's {@code error.errors[].reason} and the OAuth token
 * endpoint's {@code error}.
 */
final class YouTubeErrors {

    /** YouTube's quota resets at midnight Pacific time. */
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private YouTubeErrors() {
    }

    /** @return the outcome of an API answer that is not 2xx */
    static ActionOutcome outcome(HttpAnswer answer, Clock clock) {
        JsonNode error = answer.json().path("error");
        String reason = error.path("errors").path(0).path("reason").asString("");
        String said = "YouTube: " + (reason.isEmpty() ? "" : reason + ", ") + error.path("message").asString(answer.summary());
        return switch (reason) {
            case "quotaExceeded", "dailyLimitExceeded" -> new ActionOutcome.RetryLater(said, untilQuotaReset(clock));
            case "rateLimitExceeded", "userRateLimitExceeded" -> new ActionOutcome.RetryLater(said, answer.retryAfter(clock));
            case "authError", "insufficientPermissions" -> new ActionOutcome.CredentialsRejected(said);
            default -> answer.failure(said, clock);
        };
    }

    /** @return the outcome of a token endpoint's answer that is not 2xx */
    static ActionOutcome tokenOutcome(HttpAnswer answer, Clock clock) {
        String error = answer.json().path("error").asString("");
        String said = "Google's token endpoint: " + (error.isEmpty() ? answer.summary()
                : error + " " + answer.json().path("error_description").asString(""));
        if (error.equals("invalid_grant") || error.equals("invalid_client") || error.equals("unauthorized_client")) {
            return new ActionOutcome.CredentialsRejected(said.strip());
        }
        return answer.failure(said.strip(), clock);
    }

    /** @return the time until the next midnight in California, when the daily quota starts again */
    static Duration untilQuotaReset(Clock clock) {
        ZonedDateTime now = clock.instant().atZone(PACIFIC);
        LocalDate tomorrow = now.toLocalDate().plusDays(1);
        return Duration.between(now, tomorrow.atStartOfDay(PACIFIC));
    }
}
