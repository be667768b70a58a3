package it.piazza.platforms;

import it.piazza.policy.Platform;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one of the ente's channels is connected to its platform.
 *
 * @param enteId the ente
 * @param channelId the channel, as in the ente's policy
 * @param platform the channel's platform
 * @param connector the connector's id ({@code facebook}, {@code sandbox}, ...)
 * @param apiBase the platform's API address (configurable so that tests and proxies can stand in), or null for
 *        the connector's default
 * @param settings non-secret settings the connector documents (page id, account id, chat id, ...)
 * @param secrets the decrypted secrets
 * @param state whether it works
 */
public record ChannelConnection(String enteId, String channelId, Platform platform, String connector,
        @Nullable URI apiBase, Map<String, String> settings, Secrets secrets, ConnectionState state) {

    public ChannelConnection {
        settings = Map.copyOf(settings);
    }

    /**
     * @return the setting
     * @throws IllegalStateException naming the missing setting
     */
    public String setting(String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the connection of " + enteId + "/" + channelId + " has no setting \""
                    + name + "\"");
        }
        return value;
    }

    /** @return the API address, or {@code fallback} when none is configured */
    public URI apiBase(URI fallback) {
        return apiBase != null ? apiBase : fallback;
    }
}
