package it.piazza.moderation;

/** Measures on the author of a comment, as the taxonomy names them. */
public enum AuthorMeasure {
    /** a private message with the reasons, where the platform allows it */
    WARN,
    /** a temporary restriction */
    RESTRICT,
    /** a block from the page or channel, with an end date unless a second person confirms a permanent one */
    BAN,
    REPORT_PLATFORM,
    REPORT_AUTHORITY
}
