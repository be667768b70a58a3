package it.piazza.platforms;

/**
 * Published when a channel is connected or its credentials replaced (the audit log records who did it).
 *
 * @param enteId the ente
 * @param channelId the channel
 * @param connector the connector's id
 * @param by who connected it
 */
public record ChannelConnected(String enteId, String channelId, String connector, String by) {
}
