package it.piazza.platforms.linkedin;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.http.PlatformHttp;
import java.time.Clock;

/** LinkedIn's failures as outcomes, in one place: the HTTP status decides, {@code message} says why. */
final class LinkedInErrors {

    private LinkedInErrors() {
    }

    /** @return the outcome of an answer that is not 2xx */
    static ActionOutcome outcome(HttpAnswer answer, Clock clock) {
        String message = answer.json().path("message").asString("");
        String said = "LinkedIn: HTTP " + answer.status() + (message.isEmpty() ? "" : ": " + message);
        if (answer.status() == 401) {
            return new ActionOutcome.CredentialsRejected(said);
        }
        if (answer.status() == 429 || answer.status() >= 500) {
            return new ActionOutcome.RetryLater(said, PlatformHttp.retryAfter(answer.header("Retry-After").orElse(null), clock));
        }
        return new ActionOutcome.Refused(said);
    }
}
