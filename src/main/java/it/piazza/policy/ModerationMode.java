package it.piazza.policy;

/** When comments are moderated. */
public enum ModerationMode {
    /** "a posteriori": after publication. */
    A_POSTERIORI,
    /** before publication, where a platform allows holding comments. */
    A_PRIORI
}
