package it.piazza.platforms;

import java.util.UUID;

/**
 * Published when an action became a dead letter: refused by the platform, or failing after every retry.
 *
 * @param actionId the outbox action
 * @param enteId the ente
 * @param channelId the channel
 * @param kind what was to be done
 * @param reason why it failed
 */
public record ActionFailed(UUID actionId, String enteId, String channelId, ActionKind kind, String reason) {
}
