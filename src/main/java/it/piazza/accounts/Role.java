package it.piazza.accounts;

/** What a member of staff may do for an ente. */
public enum Role {
    /** edits the policy, the registry of channels, staff and access */
    ADMIN,
    /** approves posts and sensitive replies, decides appeals */
    MANAGER,
    /** drafts posts, answers citizens */
    EDITOR,
    /** works the moderation queue and the inbox */
    MODERATOR,
    /** reads */
    VIEWER,
    /** reads the log, the reports, the retention state (auditor, DPO) */
    AUDITOR
}
