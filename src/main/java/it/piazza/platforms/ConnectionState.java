package it.piazza.platforms;

/** Whether a channel's connection works. */
public enum ConnectionState {
    /** receiving and acting */
    ACTIVE,
    /** the platform rejected the credentials: stopped, with an alert, until someone enters new ones */
    CREDENTIALS_REJECTED,
    /** switched off by an administrator */
    DISABLED
}
