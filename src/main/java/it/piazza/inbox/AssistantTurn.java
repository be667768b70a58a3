package it.piazza.inbox;

/** What the FAQ assistant does with a citizen's message. */
public sealed interface AssistantTurn {

    /** @return the text sent to the citizen */
    String text();

    /**
     * Answered from the ente's FAQ, quoting the source page.
     *
     * @param text the reply
     * @param source the FAQ entry quoted
     */
    record Answered(String text, FaqEntry source) implements AssistantTurn {
    }

    /**
     * Handed to the staff.
     *
     * @param text the reply saying so (and when the staff will read it)
     * @param reason why
     */
    record HandedOver(String text, Reason reason) implements AssistantTurn {
    }

    /** Why the assistant handed a conversation over. */
    enum Reason {
        /** The citizen asked for a person. */
        ASKED_FOR_PERSON,
        /** A personal case, a complaint, a report or anything but a question of information. */
        PERSONAL_CASE,
        /** The FAQ has no answer close enough. */
        NOT_IN_FAQ
    }
}
