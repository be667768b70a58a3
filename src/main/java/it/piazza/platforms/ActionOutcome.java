package it.piazza.platforms;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a platform answered to an action. Each connector turns its platform's errors into these in one place;
 * the outbox decides from them alone.
 */
public sealed interface ActionOutcome {

    /**
     * The platform carried out the action.
     *
     * @param reference the platform's id of what it created (a reply), or of the target
     */
    record Done(String reference) implements ActionOutcome {
    }

    /**
     * A failure that may pass: a 5xx, a timeout, a rate limit.
     *
     * @param reason what the platform said, for people
     * @param after how long the platform asked to wait (Retry-After, Meta's estimated time to regain access,
     *        Telegram's retry_after, X's reset), or null to back off by the outbox's own schedule
     */
    record RetryLater(String reason, @Nullable Duration after) implements ActionOutcome, PollOutcome {
    }

    /**
     * A failure that will not pass by retrying (invalid parameter, object gone, outside the allowed window,
     * not allowed by the platform): the action goes to the dead letters for a person.
     *
     * @param reason what the platform said, for people
     */
    record Refused(String reason) implements ActionOutcome, PollOutcome {
    }

    /**
     * The token is expired, revoked or lacks a permission: the connection stops with an alert until someone
     * enters new credentials; the action waits.
     *
     * @param reason what the platform said, for people
     */
    record CredentialsRejected(String reason) implements ActionOutcome, PollOutcome {
    }
}
