package it.piazza.policy;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * An official channel of the ente.
 *
 * @param id identifier within the ente, used by interactions (e.g. {@code facebook})
 * @param platform the platform
 * @param handle the public handle, e.g. {@code @ProvinciaMB}
 * @param url the public address of the profile
 * @param purpose what the channel is for, as the policy states it
 * @param status active, or dismissed (the ente no longer uses it, but it stays listed as its own)
 */
public record Channel(String id, Platform platform, String handle, URI url, @Nullable String purpose,
        ChannelStatus status) {
}
