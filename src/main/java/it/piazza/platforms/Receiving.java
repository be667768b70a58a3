package it.piazza.platforms;

/** How new comments and messages reach Piazza from a platform. */
public enum Receiving {
    /** the platform calls Piazza (Meta, X, Telegram, LinkedIn, TikTok) */
    WEBHOOK,
    /** Piazza asks the platform with a cursor (YouTube, Mastodon) */
    POLLING,
    /** the platform lives inside Piazza (the sandbox) */
    BUILT_IN
}
