package it.piazza.moderation;

/** The outcome of filing or deciding an appeal: refusals are values, with the reason in Italian. */
public sealed interface AppealOutcome {

    /** Done. */
    record Done(Appeal appeal) implements AppealOutcome {
    }

    /** Refused, e.g. the person who took the decision cannot decide its appeal. */
    record Refused(String reason) implements AppealOutcome {
    }
}
