package it.piazza.platforms.sandbox;

/** What the public sees of a comment on a sandbox page. */
public enum Visibility {
    /** shown to everyone */
    VISIBLE,
    /** hidden from the public, visible to its author and the page (reversible) */
    HIDDEN,
    /** removed from the page */
    REMOVED
}
