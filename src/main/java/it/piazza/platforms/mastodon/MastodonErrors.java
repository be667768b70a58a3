package it.piazza.platforms.mastodon;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.http.PlatformHttp;
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
        if (status == 401 || status == 403 && error.contains("outside the authorized scopes")) {
            return new ActionOutcome.CredentialsRejected(said);
        }
        if (status == 429) {
            Duration wait = reset(answer.header("X-RateLimit-Reset").orElse(null), clock);
            return new ActionOutcome.RetryLater(said, wait != null ? wait
                    : PlatformHttp.retryAfter(answer.header("Retry-After").orElse(null), clock));
        }
        if (status >= 500) {
            return new ActionOutcome.RetryLater(said, PlatformHttp.retryAfter(answer.header("Retry-After").orElse(null), clock));
        }
        return new ActionOutcome.Refused(said);
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
