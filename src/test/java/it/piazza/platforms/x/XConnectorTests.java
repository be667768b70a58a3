package it.piazza.platforms.x;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.WebhookAnswer;
import it.piazza.platforms.WebhookRequest;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.policy.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The X connector against {@link FakeXApi}: every action, each class of error, confirm and the webhook. */
class XConnectorTests {

    static final String ACCOUNT = "99";
    static final String TOKEN = "x-token";
    static final String CONSUMER_SECRET = "consumer-secret";
    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    final FakeXApi x = new FakeXApi(ACCOUNT, TOKEN, CONSUMER_SECRET);
    final XConnector connector = new XConnector(new PlatformHttp(), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        x.close();
    }

    ChannelConnection connection(Map<String, String> settings) {
        return new ChannelConnection("roma-capitale", "x", Platform.X, XConnector.ID, x.base(), settings,
                new Secrets(Map.of("access_token", TOKEN, "consumer_secret", CONSUMER_SECRET)), ConnectionState.ACTIVE);
    }

    ChannelConnection connection() {
        return connection(Map.of("user_id", ACCOUNT));
    }

    static PlatformAction action(ActionKind kind, String target, @Nullable String post, @Nullable String text) {
        return new PlatformAction(kind, target, post, "42", text, null, NOW);
    }

    @Test
    void hidesAndUnhidesAReplyInTheAccountsConversation() {
        FakeXApi.Post post = x.ownPost("Lavori in via Appia");
        FakeXApi.Post reply = x.reply(post.id(), "42", "Sei un imbecille");

        ActionOutcome hidden = connector.perform(connection(), action(ActionKind.HIDE, reply.id(), post.id(), null), "k1");
        assertThat(x.post(reply.id()).hidden()).isTrue();
        ActionOutcome shown = connector.perform(connection(), action(ActionKind.UNHIDE, reply.id(), post.id(), null), "k2");

        assertThat(hidden).isEqualTo(new ActionOutcome.Done(reply.id()));
        assertThat(shown).isEqualTo(new ActionOutcome.Done(reply.id()));
        assertThat(x.post(reply.id()).hidden()).isFalse();
        assertThat(x.calls("hide")).isEqualTo(1);
        assertThat(x.calls("unhide")).isEqualTo(1);
    }

    @Test
    void refusesToHideAReplyInSomeoneElsesConversation() {
        FakeXApi.Post theirs = x.reply("1700000000000000000", "77", "Il Comune non fa niente");
        FakeXApi.Post reply = x.reply(theirs.id(), "42", "Vergogna");

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.HIDE, reply.id(), null, null), "k");

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Refused.class, r -> assertThat(r.reason())
                .contains("only replies in conversations it started").contains("not permitted"));
        assertThat(x.post(reply.id()).hidden()).isFalse();
    }

    @Test
    void refusesToHideAPostThatIsGone() {
        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.HIDE, "1234", null, null), "k");

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("Could not find tweet with id: [1234]"));
    }

    @Test
    void offersNoRemovalAndBlockingOnlyOnTheEnterprisePlan() {
        assertThat(connector.capabilities(connection()).allows(ActionKind.REMOVE)).isFalse();
        assertThat(connector.capabilities(connection()).allows(ActionKind.HIDE)).isTrue();
        assertThat(connector.capabilities(connection()).allows(ActionKind.BAN)).isFalse();
        assertThat(connector.capabilities(connection(Map.of("user_id", ACCOUNT, "tier", "Enterprise")))
                .allows(ActionKind.BAN)).isTrue();
        assertThat(connector.perform(connection(), action(ActionKind.REMOVE, "1", null, null), "k"))
                .isInstanceOf(ActionOutcome.Refused.class);
    }

    @Test
    void repliesInPublicUnderTheComment() {
        FakeXApi.Post post = x.ownPost("Chiusura ZTL");
        FakeXApi.Post comment = x.reply(post.id(), "42", "A che ora apre?");

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.REPLY_PUBLIC, comment.id(), post.id(),
                "Alle 9, grazie."), "k");

        assertThat(x.repliesOfAccountTo(comment.id())).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Alle 9, grazie.");
            assertThat(outcome).isEqualTo(new ActionOutcome.Done(r.id()));
        });
    }

    @Test
    void writesADirectMessageOrIsRefusedWhenTheUserAcceptsNone() {
        ActionOutcome sent = connector.perform(connection(), action(ActionKind.REPLY_PRIVATE, "5", null, "Avviso"), "k");
        x.refusesDirectMessages("42");
        ActionOutcome refused = connector.perform(connection(), action(ActionKind.REPLY_PRIVATE, "5", null, "Avviso"), "k2");

        assertThat(sent).isInstanceOf(ActionOutcome.Done.class);
        assertThat(x.directMessages()).containsExactly(new FakeXApi.DirectMessage("42", "Avviso"));
        assertThat(refused).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("does not accept direct messages"));
    }

    @Test
    void blocksAndUnblocksOnTheEnterprisePlanOnly() {
        ChannelConnection enterprise = connection(Map.of("user_id", ACCOUNT, "tier", "enterprise"));
        PlatformAction ban = new PlatformAction(ActionKind.BAN, "42", null, "42", null, null, null);

        ActionOutcome withoutPlan = connector.perform(enterprise, ban, "k");
        x.enterprise(true);
        ActionOutcome blocked = connector.perform(enterprise, ban, "k");
        boolean blocksAfterBan = x.blocks("42");
        ActionOutcome unblocked = connector.perform(enterprise,
                new PlatformAction(ActionKind.UNBAN, "42", null, "42", null, null, null), "k2");

        assertThat(withoutPlan).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("Enterprise"));
        assertThat(blocked).isEqualTo(new ActionOutcome.Done("42"));
        assertThat(blocksAfterBan).isTrue();
        assertThat(unblocked).isEqualTo(new ActionOutcome.Done("42"));
        assertThat(x.blocks("42")).isFalse();
    }

    @Test
    void publishesAPost() {
        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, ACCOUNT, null,
                "Domani chiude la metro C"), "k");

        assertThat(x.ownPosts()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Domani chiude la metro C");
            assertThat(outcome).isEqualTo(new ActionOutcome.Done(p.id()));
        });
    }

    @Test
    void waitsUntilTheRateLimitResets() {
        FakeXApi.Post post = x.ownPost("p");
        FakeXApi.Post reply = x.reply(post.id(), "42", "r");
        x.rateLimitUntil(NOW.plusSeconds(600));

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.HIDE, reply.id(), post.id(), null), "k");

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.RetryLater.class,
                r -> assertThat(r.after()).isEqualTo(Duration.ofSeconds(600)));
        assertThat(x.post(reply.id()).hidden()).isFalse();
    }

    @Test
    void refusesWhenThePlansUsageCapIsReached() {
        x.usageCapped();

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, ACCOUNT, null, "Avviso"), "k");

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("usage cap").contains("Monthly product cap"));
    }

    @Test
    void retriesAServerErrorByItsOwnSchedule() {
        x.serverError();

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, ACCOUNT, null, "Avviso"), "k");

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.RetryLater.class, r -> assertThat(r.after()).isNull());
        assertThat(x.ownPosts()).isEmpty();
    }

    @Test
    void refusesAnInvalidRequestWithXsDetail() {
        x.invalidRequest();

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, ACCOUNT, null, "Avviso"), "k");

        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("One or more parameters to your request was invalid."));
    }

    @Test
    void reportsARevokedTokenAsRejectedCredentials() {
        x.acceptOnly("another-token");

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, ACCOUNT, null, "Avviso"), "k");

        assertThat(outcome).isInstanceOf(ActionOutcome.CredentialsRejected.class);
        assertThat(outcome.toString()).doesNotContain(TOKEN);
    }

    @Test
    void retriesWhenXCannotBeReached() {
        x.close();

        ActionOutcome outcome = connector.perform(connection(), action(ActionKind.PUBLISH, ACCOUNT, null, "Avviso"), "k");

        assertThat(outcome).isInstanceOf(ActionOutcome.RetryLater.class);
    }

    @Test
    void confirmsAReplyAlreadyPostedAndNotOneThatIsNot() {
        FakeXApi.Post post = x.ownPost("Chiusura ZTL");
        FakeXApi.Post comment = x.reply(post.id(), "42", "A che ora apre?");
        FakeXApi.Post other = x.reply(post.id(), "43", "E la domenica?");
        PlatformAction reply = action(ActionKind.REPLY_PUBLIC, comment.id(), post.id(), "Alle 9, grazie.");

        assertThat(connector.confirm(connection(), reply, "k")).isEmpty();
        ActionOutcome posted = connector.perform(connection(), reply, "k");

        assertThat(connector.confirm(connection(), reply, "k")).contains(posted);
        assertThat(connector.confirm(connection(), action(ActionKind.REPLY_PUBLIC, other.id(), post.id(),
                "Alle 9, grazie."), "k")).isEmpty();
    }

    @Test
    void confirmsAPublishedPost() {
        PlatformAction publish = action(ActionKind.PUBLISH, ACCOUNT, null, "Domani chiude la metro C");

        assertThat(connector.confirm(connection(), publish, "k")).isEmpty();
        ActionOutcome published = connector.perform(connection(), publish, "k");

        assertThat(connector.confirm(connection(), publish, "k")).contains(published);
    }

    @Test
    void cannotLookAtAHiddenStateSoAHideIsRepeated() {
        FakeXApi.Post post = x.ownPost("p");
        FakeXApi.Post reply = x.reply(post.id(), "42", "r");
        PlatformAction hide = action(ActionKind.HIDE, reply.id(), post.id(), null);
        connector.perform(connection(), hide, "k");

        assertThat(connector.confirm(connection(), hide, "k")).isEmpty();
        assertThat(connector.perform(connection(), hide, "k")).isEqualTo(new ActionOutcome.Done(reply.id()));
        assertThat(x.post(reply.id()).hidden()).isTrue();
    }

    // ---- webhook

    static WebhookRequest request(byte[] body, @Nullable String signature) {
        return new WebhookRequest(Map.of(), signature == null ? Map.of()
                : Map.of("x-twitter-webhooks-signature", signature), body);
    }

    @Test
    void answersTheCrcWithTheConsumerSecretsHmac() {
        WebhookAnswer answer = connector.challenge(connection(), new WebhookRequest(Map.of("crc_token", "abc123"),
                Map.of(), new byte[0]));

        assertThat(answer).isEqualTo(new WebhookAnswer.Handshake("application/json",
                "{\"response_token\":\"" + x.expectedCrcResponse("abc123") + "\"}"));
        assertThat(connector.challenge(connection(), new WebhookRequest(Map.of(), Map.of(), new byte[0])))
                .isEqualTo(new WebhookAnswer.Refused(400, "no crc_token"));
    }

    @Test
    void readsASignedReplyToTheAccountsPostAsACommentWithItsTime() {
        FakeXApi.Post post = x.ownPost("Lavori notturni");
        FakeXApi.Post reply = x.reply(post.id(), "42", "Perché di notte? È rumoroso, è una città già caotica");
        byte[] body = x.tweetCreateEvent(reply, "Mario Rossi", "mario", Instant.parse("2018-10-10T20:19:24Z"))
                .getBytes(StandardCharsets.UTF_8);

        WebhookAnswer answer = connector.deliver(connection(), request(body, x.signature(body)));

        assertThat(answer).isEqualTo(new WebhookAnswer.Accepted(List.of(new NewInteraction("x",
                InteractionKind.COMMENT, reply.id(), post.id(), null, null, "42", "Mario Rossi",
                "Perché di notte? È rumoroso, è una città già caotica", Instant.parse("2018-10-10T20:19:24Z")))));
    }

    @Test
    void readsAnAnswerToAnotherReplyAsAReply() {
        FakeXApi.Post post = x.ownPost("Lavori notturni");
        FakeXApi.Post first = x.reply(post.id(), "42", "Sono contrario");
        FakeXApi.Post second = x.reply(first.id(), "43", "Io invece favorevole");
        byte[] body = x.tweetCreateEvent(second, "Luisa", "luisa", NOW).getBytes(StandardCharsets.UTF_8);

        WebhookAnswer answer = connector.deliver(connection(), request(body, x.signature(body)));

        assertThat(answer).isInstanceOfSatisfying(WebhookAnswer.Accepted.class, a -> assertThat(a.items())
                .singleElement().satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(InteractionKind.REPLY);
                    assertThat(i.parentPlatformId()).isEqualTo(first.id());
                }));
    }

    @Test
    void leavesOutTheAccountsOwnPosts() {
        FakeXApi.Post post = x.ownPost("Avviso");
        FakeXApi.Post own = x.reply(post.id(), ACCOUNT, "Aggiornamento: riapre lunedì");
        byte[] body = x.tweetCreateEvent(own, "Roma", "Roma", NOW).getBytes(StandardCharsets.UTF_8);

        assertThat(connector.deliver(connection(), request(body, x.signature(body))))
                .isEqualTo(new WebhookAnswer.Accepted(List.of()));
    }

    @Test
    void readsADirectMessageAsAPrivateMessage() {
        byte[] body = x.directMessageEvent("954491830116155396", "42", "Mario", "Posso avere il modulo?",
                Instant.parse("2026-05-01T09:00:00.123Z")).getBytes(StandardCharsets.UTF_8);

        WebhookAnswer answer = connector.deliver(connection(), request(body, x.signature(body)));

        assertThat(answer).isEqualTo(new WebhookAnswer.Accepted(List.of(new NewInteraction("x",
                InteractionKind.PRIVATE_MESSAGE, "954491830116155396", null, null, null, "42", "Mario",
                "Posso avere il modulo?", Instant.parse("2026-05-01T09:00:00.123Z")))));
    }

    @Test
    void refusesAMissingOrWrongSignatureAndAMalformedBody() {
        FakeXApi.Post post = x.ownPost("p");
        byte[] body = x.tweetCreateEvent(x.reply(post.id(), "42", "r"), "M", "m", NOW).getBytes(StandardCharsets.UTF_8);
        byte[] malformed = "{\"for_user_id\":".getBytes(StandardCharsets.UTF_8);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"r\"", "\"s\"").getBytes(StandardCharsets.UTF_8);

        assertThat(connector.deliver(connection(), request(body, null)))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
        assertThat(connector.deliver(connection(), request(tampered, x.signature(body))))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
        assertThat(connector.deliver(connection(), request(malformed, x.signature(malformed))))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
    }

    @Test
    void leavesOutDeliveriesForAnotherAccountOfTheSameApp() {
        FakeXApi other = new FakeXApi("12345", TOKEN, CONSUMER_SECRET);
        try (other) {
            FakeXApi.Post post = other.ownPost("p");
            byte[] body = other.tweetCreateEvent(other.reply(post.id(), "42", "r"), "M", "m", NOW)
                    .getBytes(StandardCharsets.UTF_8);

            assertThat(connector.deliver(connection(), request(body, other.signature(body))))
                    .isEqualTo(new WebhookAnswer.Accepted(List.of()));
        }
    }

}
