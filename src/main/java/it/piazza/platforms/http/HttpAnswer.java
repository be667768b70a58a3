package it.piazza.platforms.http;

import it.piazza.platforms.ActionOutcome;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A platform's answer.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body bytes
 */
public record HttpAnswer(int status, HttpHeaders headers, byte[] body) {

    /** @return whether the status is 2xx */
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** @return the body as UTF-8 text */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the body as JSON, or a missing node when it is empty or not JSON */
    public JsonNode json() {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return PlatformHttp.JSON.readTree(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** @return the first value of the header */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** @return how long the {@code Retry-After} header asks to wait, or null when absent or unreadable */
    public @Nullable Duration retryAfter(Clock clock) {
        return PlatformHttp.retryAfter(header("Retry-After").orElse(null), clock);
    }

    /**
     * The failure of an answer that is not 2xx when its status alone decides: 401 rejects the credentials, 429 and
     * 5xx are retried later (after {@code Retry-After} when present), any other is refused.
     *
     * @param reason the outcome's reason, for an operator
     * @return the failure the status means
     */
    public ActionOutcome failure(String reason, Clock clock) {
        if (status == 401) {
            return new ActionOutcome.CredentialsRejected(reason);
        }
        if (status == 429 || status >= 500) {
            return new ActionOutcome.RetryLater(reason, retryAfter(clock));
        }
        return new ActionOutcome.Refused(reason);
    }

    /** @return the status and the start of the body, for an operator reading why an action failed */
    public String summary() {
        String text = text().strip();
        return "HTTP " + status + (text.isEmpty() ? "" : ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
    }
}
