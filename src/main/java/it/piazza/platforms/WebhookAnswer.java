package it.piazza.platforms;

import java.util.List;
import it.piazza.moderation.NewInteraction;

/** How Piazza answers a webhook call. */
public sealed interface WebhookAnswer {

    /**
     * A verification handshake answered (Meta's {@code hub.challenge}, X's CRC, LinkedIn's challenge).
     *
     * @param contentType the answer's media type
     * @param body the answer
     */
    record Handshake(String contentType, String body) implements WebhookAnswer {
    }

    /**
     * A delivery verified and read: the items go to the moderation engine, the platform gets 200.
     *
     * @param items the new comments and messages (events caused by the ente's own account left out)
     */
    record Accepted(List<NewInteraction> items) implements WebhookAnswer {
        public Accepted {
            items = List.copyOf(items);
        }
    }

    /**
     * Refused: nothing is stored.
     *
     * @param status the HTTP status (400 malformed, 401/403 signature, 413 too large)
     * @param reason why, for the log
     */
    record Refused(int status, String reason) implements WebhookAnswer {
    }
}
