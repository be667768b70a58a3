package it.piazza.moderation;

/** The outcome of claiming a comment in the review queue: refusals are values, not exceptions. */
public sealed interface ClaimOutcome {

    /** The person now holds the comment. */
    record Claimed(ReviewItem item) implements ClaimOutcome {
    }

    /** Someone else holds it. */
    record HeldByAnother(String claimedBy) implements ClaimOutcome {
    }

    /** It is not (or no longer) in the queue. */
    record NotInQueue() implements ClaimOutcome {
    }
}
