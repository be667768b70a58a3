package it.piazza.platforms;

/** What Piazza can ask a platform to do. */
public enum ActionKind {
    /** make a comment invisible to the public, reversibly */
    HIDE,
    /** make a hidden comment visible again */
    UNHIDE,
    /** remove someone else's comment (on YouTube: reject it, which cannot be undone) */
    REMOVE,
    /** answer a comment in public, under it */
    REPLY_PUBLIC,
    /** write to the author in private (Meta's one "private reply" per comment, a DM, a bot message) */
    REPLY_PRIVATE,
    /** block the author from the page or channel */
    BAN,
    /** lift a block */
    UNBAN,
    /** publish a post of the ente */
    PUBLISH
}
