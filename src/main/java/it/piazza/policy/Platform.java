package it.piazza.policy;

/** The platforms an official channel can be on. */
public enum Platform {
    FACEBOOK, INSTAGRAM, X, YOUTUBE, LINKEDIN, TIKTOK, TELEGRAM, WHATSAPP, MASTODON, PINTEREST, ISSUU, WEBSITE, APP
}
