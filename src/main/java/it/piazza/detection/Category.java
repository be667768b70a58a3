package it.piazza.detection;

/**
 * The moderation categories of the shared taxonomy: what a public comment (or, for {@link #FAKE_ACCOUNT},
 * its author's account) can violate. Codes are stable identifiers; Italian labels live in the message
 * bundles under {@code category.<CODE>}.
 *
 * <p>Criticism is deliberately not a category: a harsh but civil criticism of the administration is the
 * public dialogue the policies exist for.
 */
public enum Category {
    OFF_TOPIC,
    INSULT,
    THREAT,
    DISCRIMINATION,
    DEFAMATION,
    PERSONAL_DATA,
    MINORS,
    PRIVATE_MATTER,
    LEGAL_DISPUTE,
    SPAM,
    ADVERTISING,
    POLITICAL_PROPAGANDA,
    ILLEGAL,
    IP_INFRINGEMENT,
    OBSCENE,
    /** Account-level: a plainly fake account, or a profile impersonating the ente. */
    FAKE_ACCOUNT
}
