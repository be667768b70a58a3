package it.piazza.platforms.x;

import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The one place where X's answers become outcomes. X answers errors as problem details (RFC 7807): a
 * {@code title}, a {@code detail} and a {@code type} such as {@code .../problems/usage-capped}; a 200 may carry
 * only {@code errors} (the post was not found) and no {@code data}.
 */
final class XErrors {

    private static final Duration MIN_WAIT = Duration.ofSeconds(1);

    private XErrors() {
    }

    /**
     * @param kind the action the answer is for (a 403 means something different for each)
     * @return the failure the answer carries, or empty when the action succeeded
     */
    static Optional<ActionOutcome> failure(ActionKind kind, HttpAnswer answer, Clock clock) {
        JsonNode body = answer.json();
        if (answer.ok()) {
            return body.has("data") || !body.has("errors") ? Optional.empty()
                    : Optional.of(new ActionOutcome.Refused("X: " + message(answer)));
        }
        int status = answer.status();
        if (status == 401) {
            return Optional.of(new ActionOutcome.CredentialsRejected("X rejected the access token (" + message(answer)
                    + "): connect the account again"));
        }
        if (status == 429) {
            return Optional.of(body.path("type").asString("").endsWith("/usage-capped")
                    ? new ActionOutcome.Refused("X: the usage cap of the app's plan is reached (" + message(answer)
                            + "); retry it once the cap resets or the plan is raised")
                    : new ActionOutcome.RetryLater("X: rate limit reached", reset(answer, clock)));
        }
        if (status >= 500) {
            return Optional.of(new ActionOutcome.RetryLater("X: " + message(answer), null));
        }
        if (status == 403) {
            return Optional.of(new ActionOutcome.Refused(forbidden(kind) + " (X: " + message(answer) + ")"));
        }
        if (status == 404) {
            return Optional.of(new ActionOutcome.Refused("X: the post or user no longer exists (" + message(answer) + ")"));
        }
        return Optional.of(new ActionOutcome.Refused("X: " + message(answer)));
    }

    /** @return what a 403 means for this action, for a person */
    private static String forbidden(ActionKind kind) {
        return switch (kind) {
            case HIDE, UNHIDE -> "X lets an account hide only replies in conversations it started; this reply is in "
                    + "someone else's conversation";
            case REPLY_PRIVATE -> "the author does not accept direct messages from the ente's account";
            case BAN, UNBAN -> "X allows blocking through the API only on the Enterprise plan";
            case REPLY_PUBLIC, PUBLISH -> "X did not allow the post (a duplicate text, or the author limits who can "
                    + "reply)";
            case REMOVE -> "X does not let an account delete other people's posts";
        };
    }

    /** @return the wait until {@code x-rate-limit-reset} (epoch seconds), or null when absent */
    private static @Nullable Duration reset(HttpAnswer answer, Clock clock) {
        return answer.header("x-rate-limit-reset")
                .filter(v -> !v.isBlank() && v.strip().chars().allMatch(Character::isDigit))
                .map(v -> Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(v.strip()))))
                .map(wait -> wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait)
                .orElse(null);
    }

    /** @return the problem's detail, title or first error message; the start of the body otherwise */
    static String message(HttpAnswer answer) {
        JsonNode body = answer.json();
        JsonNode first = body.path("errors").path(0);
        return body.path("detail").asStringOpt()
                .or(() -> body.path("title").asStringOpt())
                .or(() -> first.path("detail").asStringOpt())
                .or(() -> first.path("message").asStringOpt())
                .orElseGet(answer::summary);
    }
}
