package it.piazza.inbox;

import org.jspecify.annotations.Nullable;

/**
 * Which conversations the inbox list shows; a null field does not filter.
 *
 * @param state only this state
 * @param channelId only this channel
 * @param office only this office (an office id or contact kind code, as in {@link Conversation#office()})
 */
public record InboxFilter(@Nullable ConversationState state, @Nullable String channelId, @Nullable String office) {

    /** @return the filter that shows everything */
    public static InboxFilter none() {
        return new InboxFilter(null, null, null);
    }
}
