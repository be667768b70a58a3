package it.piazza.platforms.mastodon;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Mastodon's failures as outcomes, in one place: the HTTP status decides, {@code {"error"}} says why. */
final class MastodonErrors {

    private MastodonErrors() {
    }

    /** @return the outcome of an answer that is not 2xx */
    static ActionOutcome outcome(HttpAnswer answer, Clock clock) {
        String error = answer.json().path("error").asString("");
        String said = "Mastodon: HTTP " + answer.status() + (error.isEmpty() ? "" : ": " + error);
        int status = answer.status();
        if (status == 403 && error.contains("outside the authorized scopes")) {
            return new ActionOutcome.CredentialsRejected(said);
        }
        Duration reset = status == 429 ? reset(answer.header("X-RateLimit-Reset").orElse(null), clock) : null;
        return reset != null ? new ActionOutcome.RetryLater(said, reset) : answer.failure(said, clock);
    }

    /** @return the time until the ISO 8601 {@code X-RateLimit-Reset}, or null when absent or unreadable */
    static @Nullable Duration reset(@Nullable String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Duration wait = Duration.between(clock.instant(), OffsetDateTime.parse(value.strip()).toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
