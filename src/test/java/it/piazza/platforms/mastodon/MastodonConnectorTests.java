package it.piazza.platforms.mastodon;

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

class MastodonConnectorTests {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    private final FakeMastodonApi fake = new FakeMastodonApi();
    private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);
    private final MastodonConnector connector = new MastodonConnector(new PlatformHttp(), clock, Duration.ofMinutes(1));
    private final ChannelConnection connection = connection(fake.base());
    private final String post = fake.ownStatus("Lavori in via Roma dal 4 maggio", T);

    @AfterEach
    void stop() {
        fake.close();
    }

    static ChannelConnection connection(URI base) {
        return new ChannelConnection("comune-di-prova", "mastodon", Platform.MASTODON, "mastodon", base,
                Map.of("account_id", FakeMastodonApi.OWN), new Secrets(Map.of("access_token", FakeMastodonApi.TOKEN)),
                ConnectionState.ACTIVE);
    }

    private PollOutcome.Polled polled(@Nullable String cursor) {
        return (PollOutcome.Polled) connector.poll(connection, cursor);
    }

    private String mention(String text) {
        return fake.mention("2001", "mario@altra.istanza", "<p>" + text + "</p>", "public", post, T);
    }

    @Test
    void turnsStatusHtmlIntoPlainTextAndDirectMentionsIntoPrivateMessages() {
        String reply = fake.mention("2001", "mario@altra.istanza",
                "<p><span class=\"h-card\"><a href=\"https://x/@comune\" class=\"u-url mention\">@<span>comune</span></a></span>"
                        + " Strade &amp; buche: è un&#39;indecenza<br>da mesi</p><p>Firmato &quot;Mario&quot;</p>",
                "public", post, T);
        String direct = fake.mention("2002", "anna", "<p>@comune posso avere il modulo?</p>", "direct", null, T);
        String loose = fake.mention("2003", "lucia", "<p>@comune buongiorno</p>", "public", null, T);

        PollOutcome.Polled polled = polled(null);

        assertThat(polled.items()).extracting(NewInteraction::platformId).containsExactly(reply, direct, loose);
        assertThat(polled.items().get(2).kind()).isEqualTo(InteractionKind.COMMENT);
        assertThat(polled.items().get(2).postPlatformId()).isNull();
        assertThat(polled.items().get(2).parentPlatformId()).isNull();
        NewInteraction first = polled.items().getFirst();
        assertThat(first.text()).isEqualTo("@comune Strade & buche: è un'indecenza\nda mesi\n\nFirmato \"Mario\"");
        assertThat(first.kind()).isEqualTo(InteractionKind.COMMENT);
        assertThat(first.postPlatformId()).isEqualTo(post);
        assertThat(first.authorId()).isEqualTo("2001");
        assertThat(first.authorName()).isEqualTo("mario@altra.istanza");
        assertThat(polled.items().get(1).kind()).isEqualTo(InteractionKind.PRIVATE_MESSAGE);
    }

    @Test
    void followsTheLinkHeaderForwardFromTheCursorAndBringsNothingTwice() {
        String older = mention("prima");
        PollOutcome.Polled first = polled(null);
        assertThat(first.items()).extracting(NewInteraction::platformId).containsExactly(older);
        assertThat(polled(first.cursor()).items()).isEmpty();

        fake.pageSize(2);
        String a = mention("uno");
        String b = mention("due");
        String c = mention("tre");
        String d = fake.mention("2003", "lucia", "<p>quattro</p>", "public", a, T);
        int before = fake.count("GET /api/v1/notifications");

        PollOutcome.Polled second = polled(first.cursor());

        assertThat(second.items()).extracting(NewInteraction::platformId).containsExactly(a, b, c, d);
        assertThat(second.items().getLast().kind()).isEqualTo(InteractionKind.REPLY);
        assertThat(second.items().getLast().parentPlatformId()).isEqualTo(a);
        // two full pages, then an empty one behind the last rel="prev"
        assertThat(fake.count("GET /api/v1/notifications") - before).isEqualTo(3);
        assertThat(polled(second.cursor()).items()).isEmpty();
    }

    @Test
    void leavesTheEntesOwnStatusesOut() {
        fake.mention(FakeMastodonApi.OWN, "comune", "<p>@comune promemoria</p>", "public", null, T);

        assertThat(polled(null).items()).isEmpty();
    }

    @Test
    void repliesInPublicAndInPrivateWithTheIdempotencyKey() {
        String target = mention("Quando finiscono i lavori?");
        PlatformAction reply = new PlatformAction(ActionKind.REPLY_PUBLIC, target, post, "2001", "Entro giugno.", null, T);
        PlatformAction warning = new PlatformAction(ActionKind.REPLY_PRIVATE, target, post, "2001", "Avviso: linguaggio.",
                null, T);

        ActionOutcome first = connector.perform(connection, reply, "key-1");
        ActionOutcome again = connector.perform(connection, reply, "key-1");
        assertThat(connector.perform(connection, warning, "key-2")).isInstanceOf(ActionOutcome.Done.class);

        assertThat(first).isInstanceOf(ActionOutcome.Done.class).isEqualTo(again);
        assertThat(fake.posts()).isEqualTo(3);
        assertThat(fake.statusesBy(FakeMastodonApi.OWN)).filteredOn(s -> target.equals(s.path("in_reply_to_id").asString(null)))
                .extracting(s -> s.path("visibility").asString() + " " + StatusText.plain(s.path("content").asString()))
                .containsExactly("public @mario@altra.istanza Entro giugno.", "direct @mario@altra.istanza Avviso: linguaggio.");
    }

    @Test
    void blocksAndUnblocksAndDeclaresNoHideNorRemove() {
        mention("ciao");
        PlatformAction ban = new PlatformAction(ActionKind.BAN, "2001", null, "2001", null, null, null);

        assertThat(connector.perform(connection, ban, "k1")).isEqualTo(new ActionOutcome.Done("2001"));
        assertThat(fake.blocked("2001")).isTrue();
        assertThat(connector.confirm(connection, ban, "k1")).contains(new ActionOutcome.Done("2001"));
        assertThat(connector.perform(connection, new PlatformAction(ActionKind.UNBAN, "2001", null, "2001", null, null,
                null), "k2")).isEqualTo(new ActionOutcome.Done("2001"));
        assertThat(fake.blocked("2001")).isFalse();
        assertThat(connector.confirm(connection, ban, "k1")).isEmpty();

        assertThat(connector.capabilities(connection).actions()).doesNotContain(ActionKind.HIDE, ActionKind.REMOVE);
        assertThat(connector.perform(connection, new PlatformAction(ActionKind.HIDE, "x", null, null, null, null, null),
                "k3")).isInstanceOf(ActionOutcome.Refused.class);
    }

    @Test
    void confirmsAReplyFoundInTheThreadContext() {
        String target = mention("Quando?");
        PlatformAction reply = new PlatformAction(ActionKind.REPLY_PUBLIC, target, post, "2001", "Domani & dopo.", null, T);
        assertThat(connector.confirm(connection, reply, "k")).isEmpty();

        ActionOutcome.Done done = (ActionOutcome.Done) connector.perform(connection, reply, "k");

        assertThat(connector.confirm(connection, reply, "k")).contains(done);
    }

    @Test
    void classifiesTheErrors() {
        String target = mention("ciao");
        PlatformAction reply = new PlatformAction(ActionKind.REPLY_PUBLIC, target, post, "2001", "Grazie", null, T);

        Instant reset = Instant.now().plus(Duration.ofDays(1));
        fake.rateLimitedUntil(reset);
        assertThat(connector.perform(connection, reply, "k")).isInstanceOf(ActionOutcome.RetryLater.class)
                .satisfies(o -> assertThat(((ActionOutcome.RetryLater) o).after()).isEqualTo(Duration.between(T, reset)));
        fake.rateLimitedUntil(null);

        fake.serverErrors(1);
        assertThat(connector.perform(connection, reply, "k")).isInstanceOf(ActionOutcome.RetryLater.class);
        assertThat(connector.perform(connection, reply, "k")).isInstanceOf(ActionOutcome.Done.class);

        assertThat(connector.perform(connection, new PlatformAction(ActionKind.REPLY_PUBLIC, "999", null, null, "x", null,
                null), "k2")).isEqualTo(new ActionOutcome.Refused("Mastodon: HTTP 404: Record not found"));
        assertThat(connector.perform(connection, new PlatformAction(ActionKind.BAN, "404404", null, null, null, null,
                null), "k3")).isInstanceOf(ActionOutcome.Refused.class);

        fake.revoke();
        assertThat(connector.perform(connection, reply, "k4"))
                .isEqualTo(new ActionOutcome.CredentialsRejected("Mastodon: HTTP 401: The access token is invalid"));
        assertThat(connector.poll(connection, null)).isInstanceOf(ActionOutcome.CredentialsRejected.class);
    }

    @Test
    void readsHtmlEntitiesAndBreaks() {
        assertThat(StatusText.plain("<p>a&lt;b &gt; c&#x27;d&nbsp;e &unknown;</p><p>f<br/>g</p>"))
                .isEqualTo("a<b > c'd\u00a0e &unknown;\n\nf\ng");
    }
}
