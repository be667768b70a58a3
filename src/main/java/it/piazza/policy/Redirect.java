package it.piazza.policy;

/** Where a kind of request is handled. */
public enum Redirect {
    /** answered by the social media team, or forwarded by it to the competent office (Massa). */
    ANSWERED_OR_FORWARDED,
    /** only by private message on the platform, never in public (MIT's assistance). */
    PRIVATE_MESSAGE_ONLY,
    /** not on social media: the official contacts are given (Roma, Monza; MIT's complaints). */
    OFFICIAL_CHANNELS_ONLY,
    /** not considered at all on social media; official communications by PEC (Porto Sant'Elpidio). */
    NOT_HANDLED
}
