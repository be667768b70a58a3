package it.piazza.platforms;

import it.piazza.policy.Platform;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A connection as the console shows it: never its secrets.
 *
 * @param channelId the channel
 * @param platform its platform
 * @param connector the connector's id
 * @param state whether it works
 * @param reason why it stopped, when it did
 * @param pausedUntil until when the platform asked to wait, if it did
 * @param updatedAt when it was last connected or changed
 */
public record ConnectionStatus(String channelId, Platform platform, String connector, ConnectionState state,
        @Nullable String reason, @Nullable Instant pausedUntil, Instant updatedAt) {
}
