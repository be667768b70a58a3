package it.piazza.platforms;

/**
 * Published when a platform rejected a connection's credentials and the connection stopped.
 *
 * @param enteId the ente
 * @param channelId the channel
 * @param reason what the platform said
 */
public record ConnectionStopped(String enteId, String channelId, String reason) {
}
