package it.piazza.policy;

/** What happens to a comment. */
public enum ContentAction {
    KEEP,
    /** "oscurare": invisible to the public, reversible. */
    HIDE,
    /** "eliminare". */
    REMOVE,
    /** held for a person to decide. */
    REVIEW
}
