package it.piazza.inbox;

/**
 * What someone (or Piazza) did on a conversation. The audit log records each as {@code INBOX_<CODE>}; Italian
 * labels live in the message bundles under {@code inbox.action.<CODE>}.
 */
public enum InboxAction {
    /** A person was assigned (detail: their username). */
    ASSIGNED,
    /** The state was changed by hand (detail: the new state, and the office when forwarded). */
    STATE_CHANGED,
    /** An internal note was added. */
    NOTE_ADDED,
    /** Piazza answered by itself: an emergency, or a message outside the staffed hours. */
    AUTOMATIC_REPLY_SENT,
    /** The assistant answered from the FAQ (detail: the source page). */
    ASSISTANT_REPLY_SENT,
    /** The assistant handed the conversation to the staff (detail: why). */
    HANDED_OVER,
    /** A person's reply left for the platform. */
    REPLY_SENT,
    /** An editor's reply waits for approval. */
    REPLY_AWAITING_APPROVAL,
    /** An approver approved a reply, which then left. */
    REPLY_APPROVED,
    /** An approver sent a reply back. */
    REPLY_REJECTED
}
