package it.piazza.inbox;

import java.util.EnumSet;
import java.util.Set;

/** Where a conversation stands. Italian labels live in the message bundles under {@code inbox.state.<CODE>}. */
public enum ConversationState {
    /** Nobody has taken it yet (automatic answers do not count). */
    NEW,
    /** A person has taken it. */
    ASSIGNED,
    /** Forwarded to the competent office, waiting for its input. */
    WAITING_FOR_OFFICE,
    /** A person (or the assistant, from the FAQ) has answered the last message. */
    ANSWERED,
    /** Done; a new message from the citizen opens it again. */
    CLOSED;

    /** @return the states a person may move a conversation in this state to by hand */
    public Set<ConversationState> manualTargets() {
        return switch (this) {
            case NEW, ASSIGNED, ANSWERED -> EnumSet.of(WAITING_FOR_OFFICE, CLOSED);
            case WAITING_FOR_OFFICE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(NEW);
        };
    }

    /**
     * @param assigned whether someone is assigned
     * @return the state after a new message from the citizen: an answered or closed conversation opens again
     */
    public ConversationState afterCitizenMessage(boolean assigned) {
        return switch (this) {
            case ANSWERED, CLOSED -> assigned ? ASSIGNED : NEW;
            case NEW, ASSIGNED, WAITING_FOR_OFFICE -> this;
        };
    }

    /** @return the state after a person takes the conversation: an open one becomes assigned */
    public ConversationState afterAssignment() {
        return this == NEW ? ASSIGNED : this;
    }

    /** @return whether the conversation still needs a person */
    public boolean open() {
        return this == NEW || this == ASSIGNED || this == WAITING_FOR_OFFICE;
    }
}
