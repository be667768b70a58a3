package it.piazza.platforms.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.Connector;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.Receiving;
import it.piazza.platforms.Secrets;
import it.piazza.policy.Platform;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxCapabilitiesTests {

    /** Instagram as its connector declares it: no ban, private replies within 7 days. */
    private static final Connector INSTAGRAM = new Connector() {
        @Override
        public String id() {
            return "instagram";
        }

        @Override
        public Capabilities capabilities(ChannelConnection connection) {
            return Capabilities.of(EnumSet.of(ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.REMOVE,
                            ActionKind.REPLY_PUBLIC, ActionKind.REPLY_PRIVATE), Receiving.WEBHOOK)
                    .within(ActionKind.REPLY_PRIVATE, Duration.ofDays(7));
        }

        @Override
        public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
            throw new AssertionError("the sandbox never calls the real platform");
        }
    };

    private static ChannelConnection sandboxOn(Platform platform) {
        return new ChannelConnection("comune-massa", "canale", platform, "sandbox", null, Map.of(), Secrets.NONE,
                ConnectionState.ACTIVE);
    }

    @Test
    void aChannelOnInstagramHasInstagramsCapabilitiesReceivedBuiltIn() {
        Capabilities capabilities = SandboxConnector.capabilitiesOf(sandboxOn(Platform.INSTAGRAM),
                id -> id.equals("instagram") ? Optional.of(INSTAGRAM) : Optional.empty());

        assertThat(capabilities.allows(ActionKind.BAN)).isFalse();
        assertThat(capabilities.allows(ActionKind.HIDE)).isTrue();
        assertThat(capabilities.windows()).containsEntry(ActionKind.REPLY_PRIVATE, Duration.ofDays(7));
        assertThat(capabilities.receiving()).containsExactly(Receiving.BUILT_IN);
    }

    @Test
    void aPlatformWhoseConnectorIsMissingAllowsEverything() {
        Capabilities capabilities = SandboxConnector.capabilitiesOf(sandboxOn(Platform.TIKTOK), id -> Optional.empty());

        assertThat(capabilities.actions()).containsExactlyInAnyOrder(ActionKind.values());
        assertThat(capabilities.receiving()).containsExactly(Receiving.BUILT_IN);
    }

    @Test
    void aPlatformWithoutAnyConnectorAllowsEverythingWithoutLookingOne() {
        Capabilities capabilities = SandboxConnector.capabilitiesOf(sandboxOn(Platform.PINTEREST), id -> {
            throw new AssertionError("no connector is written for " + id);
        });

        assertThat(capabilities.actions()).isEqualTo(Set.of(ActionKind.values()));
    }

    @Test
    void aConnectorThatNeedsSettingsToTellLeavesEverythingAllowed() {
        Connector needsSettings = new Connector() {
            @Override
            public String id() {
                return "x";
            }

            @Override
            public Capabilities capabilities(ChannelConnection connection) {
                connection.setting("account_id");
                return Capabilities.of(Set.of(), Receiving.WEBHOOK);
            }

            @Override
            public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
                throw new AssertionError("not called");
            }
        };

        assertThat(SandboxConnector.capabilitiesOf(sandboxOn(Platform.X), id -> Optional.of(needsSettings)).actions())
                .containsExactlyInAnyOrder(ActionKind.values());
    }

    @Test
    void everyPlatformWithAConnectorMapsToItsOwnId() {
        assertThat(RealConnectors.of(Platform.FACEBOOK)).contains("facebook");
        assertThat(RealConnectors.of(Platform.X)).contains("x");
        assertThat(RealConnectors.of(Platform.TELEGRAM)).contains("telegram");
        assertThat(RealConnectors.of(Platform.WEBSITE)).isEmpty();
    }
}
