package it.piazza.moderation;

/**
 * What the ente's records say of an author when a new comment of theirs is decided.
 *
 * @param strikes violations that still count (not expired, not reversed on appeal)
 * @param warned whether the author has already received a warning that still counts
 * @param banned whether a ban is in force
 */
public record AuthorStanding(int strikes, boolean warned, boolean banned) {

    /** An author with a clean record. */
    public static final AuthorStanding CLEAN = new AuthorStanding(0, false, false);
}
