package it.piazza.platforms.http;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.PollOutcome;

/**
 * A platform call that ended in a failure, thrown inside a connector through the steps of one action or poll
 * (refresh a token, read, then write) and turned back into its outcome at the connector's boundary. The message
 * is the outcome's reason, which never holds a secret.
 */
public final class CallFailed extends Exception {

    private final ActionOutcome outcome;

    /** @param outcome the failure: {@link ActionOutcome.RetryLater}, {@link ActionOutcome.Refused} or {@link ActionOutcome.CredentialsRejected} */
    public CallFailed(ActionOutcome outcome) {
        super(outcome.toString(), null, false, false);
        if (outcome instanceof ActionOutcome.Done) {
            throw new IllegalArgumentException("a call that was done did not fail");
        }
        this.outcome = outcome;
    }

    /** @return the failure as the outcome of an action */
    public ActionOutcome outcome() {
        return outcome;
    }

    /** @return the failure as the outcome of a poll */
    public PollOutcome pollOutcome() {
        return (PollOutcome) outcome;
    }
}
