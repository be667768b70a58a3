package it.piazza.moderation;

/** Where a comment stands after the latest decision. */
public enum InteractionState {
    VISIBLE, HIDDEN, REMOVED, IN_REVIEW
}
