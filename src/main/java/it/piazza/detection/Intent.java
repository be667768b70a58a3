package it.piazza.detection;

/**
 * What a citizen wants from a message or a public comment that is not a violation. The first two are the
 * intents of a public comment; all of them are the triage codes of a private message.
 * Italian labels live in the message bundles under {@code intent.<CODE>}.
 */
public enum Intent {
    /** Help asked in public on a personal case. */
    ASSISTANCE_REQUEST,
    /** A formal complaint, or a report of a disservice, in public or in private. */
    COMPLAINT,
    INFO_REQUEST,
    PERSONAL_CASE,
    DISSERVICE_REPORT,
    ACCESS_REQUEST,
    PRESS,
    EMERGENCY,
    PUBLICATION_REQUEST,
    ABUSE,
    OTHER
}
