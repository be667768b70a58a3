package it.piazza.platforms;

import it.piazza.moderation.InteractionRejected;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands what a platform sent (by webhook or polling) to the moderation engine, each item in its own
 * transaction. Receiving is idempotent on the platform's id, so a platform's retry stores nothing twice.
 */
@Component
public class Inbound {

    private static final Logger log = LoggerFactory.getLogger(Inbound.class);

    private final Moderation moderation;

    Inbound(Moderation moderation) {
        this.moderation = moderation;
    }

    /**
     * Receives the items of one delivery or poll for the connection's ente. An item the engine refuses (e.g.
     * for a channel the policy no longer has) is logged and skipped; the others are stored.
     *
     * @return how many items were new
     */
    public int receive(ChannelConnection connection, List<NewInteraction> items) {
        int fresh = 0;
        for (NewInteraction item : items) {
            try {
                if (!moderation.receive(connection.enteId(), item).duplicate()) {
                    fresh++;
                }
            } catch (InteractionRejected e) {
                log.warn("Item {} from {}/{} refused: {}", item.platformId(), connection.enteId(),
                        connection.channelId(), e.getMessage());
            }
        }
        return fresh;
    }
}
