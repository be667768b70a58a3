package it.piazza.platforms.linkedin;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import java.time.Clock;

/** LinkedIn's failures as outcomes, in one place: the HTTP status decides, {@code message} says why. */
final class LinkedInErrors {

    private LinkedInErrors() {
    }

    /** @return the outcome of an answer that is not 2xx */
    static ActionOutcome outcome(HttpAnswer answer, Clock clock) {
        String message = answer.json().path("message").asString("");
        String said = "LinkedIn: HTTP " + answer.status() + (message.isEmpty() ? "" : ": " + message);
        return answer.failure(said, clock);
    }
}
