package it.piazza.platforms.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.PollOutcome;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.policy.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TikTokConnectorTests {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    private final FakeTikTokApi fake = new FakeTikTokApi();
    private final TikTokConnector connector = new TikTokConnector(new PlatformHttp(), Clock.systemUTC(), Duration.ofMinutes(5));
    private final ChannelConnection connection = new ChannelConnection("comune-di-prova", "tiktok", Platform.TIKTOK,
            "tiktok", fake.base(), Map.of("business_id", FakeTikTokApi.BUSINESS, "video_ids", FakeTikTokApi.VIDEO),
            new Secrets(Map.of("access_token", FakeTikTokApi.TOKEN)), ConnectionState.ACTIVE);

    @AfterEach
    void stop() {
        fake.close();
    }

    private static PlatformAction action(ActionKind kind, String comment, @Nullable String video, @Nullable String text) {
        return new PlatformAction(kind, comment, video, "u1", text, null, T);
    }

    @Test
    void pollsTheVideosCommentsWithLargeIdsAsTextAndBringsNothingTwice() {
        fake.pageSize(1);
        String first = fake.comment("u1", "Bel video!", T, null);
        fake.comment(FakeTikTokApi.BUSINESS, "Grazie", T.plusSeconds(1), first);
        String reply = fake.comment("u2", "Concordo", T.plusSeconds(2), first);

        PollOutcome.Polled polled = (PollOutcome.Polled) connector.poll(connection, null);

        assertThat(polled.items()).extracting(NewInteraction::platformId).containsExactly("7345678901234567890", reply);
        assertThat(polled.items().get(1)).isEqualTo(new NewInteraction("tiktok", InteractionKind.REPLY, reply,
                FakeTikTokApi.VIDEO, null, first, "u2", "user_u2", "Concordo", T.plusSeconds(2)));
        assertThat(((PollOutcome.Polled) connector.poll(connection, polled.cursor())).items()).isEmpty();
    }

    @Test
    void hidesUnhidesAndRepliesWithTheVideo() {
        String comment = fake.comment("u1", "Che schifo di comune", T, null);

        assertThat(connector.perform(connection, action(ActionKind.HIDE, comment, FakeTikTokApi.VIDEO, null), "k1"))
                .isEqualTo(new ActionOutcome.Done(comment));
        assertThat(fake.status(comment)).isEqualTo("HIDDEN");
        assertThat(connector.confirm(connection, action(ActionKind.HIDE, comment, FakeTikTokApi.VIDEO, null), "k1"))
                .contains(new ActionOutcome.Done(comment));
        assertThat(connector.confirm(connection, action(ActionKind.UNHIDE, comment, FakeTikTokApi.VIDEO, null), "k2"))
                .isEmpty();
        assertThat(connector.perform(connection, action(ActionKind.UNHIDE, comment, FakeTikTokApi.VIDEO, null), "k2"))
                .isEqualTo(new ActionOutcome.Done(comment));
        assertThat(fake.status(comment)).isEqualTo("PUBLIC");
        ActionOutcome reply = connector.perform(connection, action(ActionKind.REPLY_PUBLIC, comment, FakeTikTokApi.VIDEO,
                "Ci scriva in privato, grazie."), "k3");
        assertThat(fake.repliesBy(FakeTikTokApi.BUSINESS)).singleElement()
                .satisfies(r -> assertThat(reply).isEqualTo(new ActionOutcome.Done(r.id.toString())));

        assertThat(connector.perform(connection, action(ActionKind.HIDE, comment, null, null), "k4"))
                .isInstanceOf(ActionOutcome.Refused.class);
        assertThat(connector.capabilities(connection).actions()).doesNotContain(ActionKind.REMOVE, ActionKind.BAN);
    }

    @Test
    void classifiesTheEnvelopesCodes() {
        String comment = fake.comment("u1", "Ciao", T, null);
        PlatformAction hide = action(ActionKind.HIDE, comment, FakeTikTokApi.VIDEO, null);

        fake.limit(1);
        assertThat(connector.perform(connection, hide, "k")).isEqualTo(new ActionOutcome.RetryLater(
                "TikTok: 40100 Too many requests. Please retry in some time.", null));
        fake.serverErrors(1);
        assertThat(connector.perform(connection, hide, "k")).isInstanceOf(ActionOutcome.RetryLater.class);
        assertThat(connector.perform(connection, hide, "k")).isEqualTo(new ActionOutcome.Done(comment));
        assertThat(connector.perform(connection, action(ActionKind.HIDE, "7000000000000000000", FakeTikTokApi.VIDEO, null),
                "k")).isEqualTo(new ActionOutcome.Refused("TikTok: 40002 comment_id: The comment does not exist."));
        fake.invalidateToken();
        assertThat(connector.perform(connection, hide, "k")).isInstanceOf(ActionOutcome.CredentialsRejected.class);
        assertThat(connector.poll(connection, null)).isInstanceOf(ActionOutcome.CredentialsRejected.class);
        assertThat(fake.hides()).isEqualTo(5);
    }
}
