package it.piazza.moderation;

/** What kind of interaction a citizen had with a channel. */
public enum InteractionKind {
    COMMENT, REPLY, PRIVATE_MESSAGE
}
