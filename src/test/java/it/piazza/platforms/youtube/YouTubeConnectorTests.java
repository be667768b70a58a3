package it.piazza.platforms.youtube;

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
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YouTubeConnectorTests {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    private final FakeYouTubeApi fake = new FakeYouTubeApi();
    // 11:00 UTC on 1 May is 04:00 in California (PDT): 20 hours to the quota's reset
    private final Clock clock = Clock.fixed(T.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    private final YouTubeConnector connector = new YouTubeConnector(new PlatformHttp(), clock, Duration.ofMinutes(2));
    private final ChannelConnection connection = connection(fake.base());

    @AfterEach
    void stop() {
        fake.close();
    }

    static ChannelConnection connection(URI base) {
        return new ChannelConnection("mit", "youtube", Platform.YOUTUBE, "youtube", base,
                Map.of("channel_id", FakeYouTubeApi.CHANNEL, "token_url", base + "/token"),
                new Secrets(Map.of("client_id", "client", "client_secret", "s3cret", "refresh_token", "1//refresh")),
                ConnectionState.ACTIVE);
    }

    private static PlatformAction action(ActionKind kind, String target, @Nullable String text) {
        return new PlatformAction(kind, target, "vid123", "UCmario", text, null, T);
    }

    private PollOutcome.Polled polled(@Nullable String cursor) {
        return (PollOutcome.Polled) connector.poll(connection, cursor);
    }

    @Test
    void pollsCommentsAndRepliesDownToTheCursorAndBringsNothingTwice() {
        fake.comment("Ugx1", "UCmario", "Ciao & grazie per il video", T);
        PollOutcome.Polled first = polled(null);
        assertThat(first.items()).extracting(NewInteraction::platformId).containsExactly("Ugx1");
        assertThat(first.items().getFirst()).isEqualTo(new NewInteraction("youtube", InteractionKind.COMMENT, "Ugx1",
                "vid123", null, null, "UCmario", "@UCmario", "Ciao & grazie per il video", T));
        assertThat(polled(first.cursor()).items()).isEmpty();

        fake.pageSize(1);
        fake.comment("Ugx2", "UCanna", "Quando riapre la strada?", T.plusSeconds(60));
        fake.comment("Ugx3", "UCbruno", "Ottima notizia", T.plusSeconds(120));
        for (int i = 1; i <= 3; i++) {
            fake.reply("Ugx3", "r" + i, "UCfan" + i, "Risposta " + i, T.plusSeconds(120 + i));
        }
        fake.reply("Ugx3", "own", FakeYouTubeApi.CHANNEL, "Grazie a voi", T.plusSeconds(130));
        int lists = fake.threadLists();

        PollOutcome.Polled second = polled(first.cursor());

        assertThat(second.items()).extracting(NewInteraction::platformId)
                .containsExactly("Ugx2", "Ugx3", "Ugx3.r1", "Ugx3.r2", "Ugx3.r3");
        assertThat(second.items().get(2).kind()).isEqualTo(InteractionKind.REPLY);
        assertThat(second.items().get(2).parentPlatformId()).isEqualTo("Ugx3");
        // three pages of published threads (the third holds the cursor's comment) and one of held ones
        assertThat(fake.threadLists() - lists).isEqualTo(4);
        assertThat(fake.count("GET /comments")).isPositive();
        assertThat(polled(second.cursor()).items()).isEmpty();
    }

    @Test
    void pollsTheCommentsYouTubeHeldForReview() {
        fake.comment("Ugx1", "UCmario", "Compra follower qui", T);
        fake.status("Ugx1", "heldForReview");

        assertThat(polled(null).items()).extracting(NewInteraction::platformId).containsExactly("Ugx1");
    }

    @Test
    void aFirstPollOfAnEmptyChannelLetsTheNextPageDownToIt() {
        String cursor = polled(null).cursor();
        fake.pageSize(1);
        fake.comment("Ugx1", "UCmario", "Primo", T);
        fake.comment("Ugx2", "UCmario", "Secondo", T.plusSeconds(1));

        assertThat(polled(cursor).items()).extracting(NewInteraction::platformId).containsExactly("Ugx1", "Ugx2");
    }

    @Test
    void hidesUnhidesAndRemovesWithSetModerationStatus() {
        fake.comment("Ugx1", "UCmario", "Sei un imbecille", T);

        assertThat(connector.perform(connection, action(ActionKind.HIDE, "Ugx1", null), "k1"))
                .isEqualTo(new ActionOutcome.Done("Ugx1"));
        assertThat(fake.status("Ugx1")).isEqualTo("heldForReview");
        assertThat(connector.perform(connection, action(ActionKind.UNHIDE, "Ugx1", null), "k2"))
                .isEqualTo(new ActionOutcome.Done("Ugx1"));
        assertThat(fake.status("Ugx1")).isEqualTo("published");
        assertThat(connector.perform(connection, action(ActionKind.REMOVE, "Ugx1", null), "k3"))
                .isEqualTo(new ActionOutcome.Done("Ugx1"));
        assertThat(fake.status("Ugx1")).isEqualTo("rejected");
        assertThat(connector.perform(connection, action(ActionKind.UNHIDE, "Ugx1", null), "k4"))
                .isInstanceOf(ActionOutcome.Refused.class);
        assertThat(fake.moderations()).isEqualTo(4);
        assertThat(connector.capabilities(connection).irreversible()).containsExactly(ActionKind.REMOVE);
    }

    @Test
    void bansPermanentlyByRejectingTheCommentWithBanAuthor() {
        fake.comment("Ugx1", "UCmario", "Sei un imbecille", T);

        ActionOutcome outcome = connector.perform(connection,
                new PlatformAction(ActionKind.BAN, "UCmario", "vid123", "UCmario", "Ugx1", null, T), "k");

        assertThat(outcome).isEqualTo(new ActionOutcome.Done("Ugx1"));
        assertThat(fake.status("Ugx1")).isEqualTo("rejected");
        assertThat(fake.banned("UCmario")).isTrue();
    }

    @Test
    void refusesATemporaryBanAndABanWithoutItsComment() {
        fake.comment("Ugx1", "UCmario", "Sei un imbecille", T);

        assertThat(connector.perform(connection, new PlatformAction(ActionKind.BAN, "UCmario", "vid123", "UCmario",
                "Ugx1", T.plus(Duration.ofDays(7)), T), "k1")).isInstanceOf(ActionOutcome.Refused.class);
        assertThat(connector.perform(connection, new PlatformAction(ActionKind.BAN, "UCmario", null, "UCmario",
                null, null, null), "k2")).isInstanceOf(ActionOutcome.Refused.class);
        assertThat(fake.moderations()).isZero();
        assertThat(fake.banned("UCmario")).isFalse();
    }

    @Test
    void repliesUnderTheTopLevelCommentAndDeclaresNoPrivateMessage() {
        fake.comment("Ugx1", "UCmario", "Quando riapre?", T);
        fake.reply("Ugx1", "a", "UCanna", "Anche io vorrei saperlo", T.plusSeconds(5));

        ActionOutcome outcome = connector.perform(connection, action(ActionKind.REPLY_PUBLIC, "Ugx1.a",
                "Riapre lunedì, grazie."), "k");

        assertThat(outcome).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.repliesBy(FakeYouTubeApi.CHANNEL)).singleElement()
                .satisfies(r -> assertThat(r.parentId).isEqualTo("Ugx1"))
                .satisfies(r -> assertThat(r.text).isEqualTo("Riapre lunedì, grazie."));
        assertThat(connector.capabilities(connection).allows(ActionKind.REPLY_PRIVATE)).isFalse();
        assertThat(connector.perform(connection, action(ActionKind.REPLY_PRIVATE, "Ugx1", "Avviso"), "k2"))
                .isInstanceOf(ActionOutcome.Refused.class);
    }

    @Test
    void confirmsWhatThePlatformShowsDone() {
        fake.comment("Ugx1", "UCmario", "Sei un imbecille", T);
        PlatformAction hide = action(ActionKind.HIDE, "Ugx1", null);
        PlatformAction reply = action(ActionKind.REPLY_PUBLIC, "Ugx1", "Il commento è stato nascosto.");

        assertThat(connector.confirm(connection, hide, "k")).isEmpty();
        assertThat(connector.confirm(connection, reply, "k")).isEmpty();
        fake.status("Ugx1", "heldForReview");
        fake.reply("Ugx1", "x", FakeYouTubeApi.CHANNEL, "Il commento è stato nascosto.", T.plusSeconds(1));

        assertThat(connector.confirm(connection, hide, "k")).contains(new ActionOutcome.Done("Ugx1"));
        assertThat(connector.confirm(connection, reply, "k")).contains(new ActionOutcome.Done("Ugx1.x"));
        assertThat(connector.confirm(connection, action(ActionKind.REMOVE, "Ugx1", null), "k")).isEmpty();
        assertThat(fake.moderations()).isZero();
    }

    @Test
    void waitsForTheQuotaUntilMidnightInCalifornia() {
        fake.comment("Ugx1", "UCmario", "Ciao", T);
        fake.quotaExceeded(true);

        assertThat(connector.perform(connection, action(ActionKind.HIDE, "Ugx1", null), "k"))
                .isEqualTo(new ActionOutcome.RetryLater("YouTube: quotaExceeded, The request cannot be completed "
                        + "because you have exceeded your quota.", Duration.ofHours(20)));
        assertThat(connector.poll(connection, null)).isInstanceOf(ActionOutcome.RetryLater.class);
    }

    @Test
    void refreshesTheAccessTokenOnceWhenItExpiredAndKeepsItInMemory() {
        fake.comment("Ugx1", "UCmario", "Ciao", T);
        assertThat(connector.perform(connection, action(ActionKind.HIDE, "Ugx1", null), "k1")).isInstanceOf(ActionOutcome.Done.class);
        assertThat(connector.perform(connection, action(ActionKind.UNHIDE, "Ugx1", null), "k2")).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.refreshes()).isEqualTo(1);

        fake.expireAccessTokens();

        assertThat(connector.perform(connection, action(ActionKind.HIDE, "Ugx1", null), "k3")).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.refreshes()).isEqualTo(2);
        assertThat(fake.status("Ugx1")).isEqualTo("heldForReview");
    }

    @Test
    void refreshesOnlyOnceWhenTheApiKeepsRefusingTheToken() {
        fake.comment("Ugx1", "UCmario", "Ciao", T);
        fake.refuseAccessTokens();

        ActionOutcome outcome = connector.perform(connection, action(ActionKind.HIDE, "Ugx1", null), "k");

        assertThat(outcome).isEqualTo(new ActionOutcome.CredentialsRejected(
                "YouTube: authError, Request had invalid authentication credentials."));
        assertThat(fake.refreshes()).isEqualTo(2);
        assertThat(fake.moderations()).isEqualTo(2);
        assertThat(fake.status("Ugx1")).isEqualTo("published");
    }

    @Test
    void aRevokedRefreshTokenRejectsTheCredentials() {
        fake.comment("Ugx1", "UCmario", "Ciao", T);
        fake.revoke();

        ActionOutcome outcome = connector.perform(connection, action(ActionKind.HIDE, "Ugx1", null), "k");

        assertThat(outcome).isInstanceOf(ActionOutcome.CredentialsRejected.class);
        assertThat(((ActionOutcome.CredentialsRejected) outcome).reason()).contains("invalid_grant")
                .doesNotContain("1//refresh").doesNotContain("s3cret");
        assertThat(connector.poll(connection, null)).isInstanceOf(ActionOutcome.CredentialsRejected.class);
    }

    @Test
    void retriesServerErrorsAndRefusesPermanentErrors() {
        fake.comment("Ugx1", "UCmario", "Ciao", T);
        fake.serverErrors(1);
        assertThat(connector.perform(connection, action(ActionKind.HIDE, "Ugx1", null), "k1"))
                .isInstanceOf(ActionOutcome.RetryLater.class);
        assertThat(connector.perform(connection, action(ActionKind.HIDE, "Ugx1", null), "k1"))
                .isEqualTo(new ActionOutcome.Done("Ugx1"));

        assertThat(connector.perform(connection, action(ActionKind.HIDE, "Ugx-gone", null), "k2"))
                .isInstanceOf(ActionOutcome.Refused.class)
                .satisfies(o -> assertThat(((ActionOutcome.Refused) o).reason()).contains("commentNotFound"));
        fake.forbidModeration();
        assertThat(connector.perform(connection, action(ActionKind.REMOVE, "Ugx1", null), "k3"))
                .isInstanceOf(ActionOutcome.Refused.class)
                .satisfies(o -> assertThat(((ActionOutcome.Refused) o).reason()).contains("forbidden"));
    }

    @Test
    void anUnreachablePlatformIsRetriedLater() {
        ChannelConnection nowhere = connection(URI.create("http://127.0.0.1:1"));

        assertThat(connector.perform(nowhere, action(ActionKind.HIDE, "Ugx1", null), "k"))
                .isInstanceOf(ActionOutcome.RetryLater.class);
    }
}
