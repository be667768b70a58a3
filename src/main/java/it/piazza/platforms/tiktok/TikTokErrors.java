package it.piazza.platforms.tiktok;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import java.time.Clock;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * TikTok's failures as outcomes, in one place: the HTTP status, then the envelope's non-zero {@code code}
 * (40100 too many requests; 40102, 40104, 40105 an expired, missing or invalid access token; 40001 a missing
 * permission; 5xxxx a server error; any other, e.g. 40002 an invalid parameter, is permanent).
 */
final class TikTokErrors {

    private TikTokErrors() {
    }

    /** @return the failure of an answer, or empty when it is a success ({@code code} 0) */
    static Optional<ActionOutcome> failure(HttpAnswer answer, Clock clock) {
        JsonNode envelope = answer.json();
        long code = envelope.path("code").asLong(-1);
        String said = "TikTok: " + (code >= 0 ? code + " " + envelope.path("message").asString("") : answer.summary());
        if (answer.status() == 429 || answer.status() >= 500 || code == 40100 || code >= 50000) {
            return Optional.of(new ActionOutcome.RetryLater(said.strip(), answer.retryAfter(clock)));
        }
        if (answer.status() == 401 || code == 40102 || code == 40104 || code == 40105 || code == 40001) {
            return Optional.of(new ActionOutcome.CredentialsRejected(said.strip()));
        }
        if (!answer.ok() || code != 0) {
            return Optional.of(new ActionOutcome.Refused(said.strip()));
        }
        return Optional.empty();
    }
}
