package it.piazza.inbox;

import java.util.List;

/**
 * A conversation as its page shows it.
 *
 * @param conversation the conversation
 * @param messages the citizen's messages, oldest first
 * @param replies the replies, oldest first
 * @param notes the internal notes, oldest first
 * @param history who did what, oldest first
 */
public record ConversationView(Conversation conversation, List<InboundMessage> messages, List<Reply> replies,
        List<Note> notes, List<HistoryEntry> history) {

    public ConversationView {
        messages = List.copyOf(messages);
        replies = List.copyOf(replies);
        notes = List.copyOf(notes);
        history = List.copyOf(history);
    }
}
