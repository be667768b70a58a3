package it.piazza.inbox;

/** What became of a person's reply or of an approval. */
public sealed interface ReplyOutcome {

    /**
     * The reply left for the platform.
     *
     * @param reply the sent reply
     */
    record Sent(Reply reply) implements ReplyOutcome {
    }

    /**
     * The policy requires approval: the reply waits for an approver.
     *
     * @param reply the reply waiting
     */
    record AwaitingApproval(Reply reply) implements ReplyOutcome {
    }

    /**
     * Nothing was done.
     *
     * @param reason why, in Italian
     */
    record Refused(String reason) implements ReplyOutcome {
    }
}
