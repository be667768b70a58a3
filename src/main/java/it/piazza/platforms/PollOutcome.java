package it.piazza.platforms;

import it.piazza.moderation.NewInteraction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one poll of a platform brought: new items and the cursor to continue from, or a failure. */
public sealed interface PollOutcome permits PollOutcome.Polled, ActionOutcome.RetryLater, ActionOutcome.Refused,
        ActionOutcome.CredentialsRejected {

    /**
     * New items since the cursor.
     *
     * @param items the comments and messages, oldest first
     * @param cursor where the next poll continues (the platform's since-id, page token or timestamp); the
     *        cursor given when nothing new arrived
     */
    record Polled(List<NewInteraction> items, @Nullable String cursor) implements PollOutcome {
        public Polled {
            items = List.copyOf(items);
        }
    }
}
