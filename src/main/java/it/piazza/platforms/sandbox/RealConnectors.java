package it.piazza.platforms.sandbox;

import it.piazza.policy.Platform;
import java.util.Map;
import java.util.Optional;

/**
 * Which connector carries out actions on each real platform, by the id it registers in
 * {@link it.piazza.platforms.Connectors}. The sandbox declares the capabilities of that connector, so that the
 * engine's fallbacks show in the sandbox exactly as on the real platform; while a platform has no connector in
 * this build (or none at all: Pinterest, Issuu, websites, apps, WhatsApp), the sandbox allows everything.
 */
public final class RealConnectors {

    private static final Map<Platform, String> IDS = Map.of(Platform.FACEBOOK, "facebook", Platform.INSTAGRAM,
            "instagram", Platform.YOUTUBE, "youtube", Platform.X, "x", Platform.MASTODON, "mastodon",
            Platform.TELEGRAM, "telegram", Platform.LINKEDIN, "linkedin", Platform.TIKTOK, "tiktok");

    private RealConnectors() {
    }

    /** @return the id of the connector written for {@code platform}, whether or not this build has it */
    public static Optional<String> of(Platform platform) {
        return Optional.ofNullable(IDS.get(platform));
    }
}
