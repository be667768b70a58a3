package it.piazza.moderation;

/** The outcome of a person's decision on a queued comment. */
public sealed interface HumanDecisionOutcome {

    /** Recorded. */
    record Recorded(Decision decision) implements HumanDecisionOutcome {
    }

    /** Refused, with the reason in Italian (e.g. held by another person, a category the policy does not name). */
    record Refused(String reason) implements HumanDecisionOutcome {
    }
}
