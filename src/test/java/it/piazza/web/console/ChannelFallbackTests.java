package it.piazza.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.ActionKind;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.Receiving;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** What the Canali page tells an administrator Piazza does where a platform does not allow an action. */
class ChannelFallbackTests {

    @Test
    void aPlatformThatBansButCannotLiftABanHandsTimedBansToAPersonAndHidesMeanwhile() {
        Capabilities likeYouTube = Capabilities.of(EnumSet.complementOf(EnumSet.of(ActionKind.UNBAN)), Receiving.POLLING);

        assertThat(ChannelsController.fallback(ActionKind.UNBAN, likeYouTube)).isEqualTo("channels.fallback.UNBAN.hide");
    }

    @Test
    void aPlatformWithoutBansHandsThemToAPersonAndHidesMeanwhileWhereItCanHide() {
        Capabilities likeInstagram = Capabilities.of(EnumSet.complementOf(EnumSet.of(ActionKind.BAN, ActionKind.UNBAN)),
                Receiving.WEBHOOK);
        Capabilities nothingButReplies = Capabilities.of(EnumSet.of(ActionKind.REPLY_PUBLIC), Receiving.WEBHOOK);

        assertThat(ChannelsController.fallback(ActionKind.BAN, likeInstagram)).isEqualTo("channels.fallback.BAN.hide");
        assertThat(ChannelsController.fallback(ActionKind.UNBAN, likeInstagram)).isEqualTo("channels.fallback.person");
        assertThat(ChannelsController.fallback(ActionKind.BAN, nothingButReplies)).isEqualTo("channels.fallback.person");
        assertThat(ChannelsController.fallback(ActionKind.REMOVE, nothingButReplies)).isEqualTo("channels.fallback.person");
    }

    @Test
    void aPlatformThatHidesButCannotRemoveHidesInstead() {
        Capabilities hidesOnly = Capabilities.of(EnumSet.of(ActionKind.HIDE, ActionKind.UNHIDE), Receiving.WEBHOOK);

        assertThat(ChannelsController.fallback(ActionKind.REMOVE, hidesOnly)).isEqualTo("channels.fallback.REMOVE.hide");
    }
}
