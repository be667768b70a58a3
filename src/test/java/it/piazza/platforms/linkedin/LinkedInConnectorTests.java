package it.piazza.platforms.linkedin;

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
import it.piazza.platforms.WebhookAnswer;
import it.piazza.platforms.WebhookRequest;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.platforms.http.Signatures;
import it.piazza.policy.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LinkedInConnectorTests {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    private final FakeLinkedInApi fake = new FakeLinkedInApi();
    private final LinkedInConnector connector = new LinkedInConnector(new PlatformHttp(), Clock.systemUTC(),
            Duration.ofMinutes(5));
    private final ChannelConnection connection = new ChannelConnection("provincia-monza-brianza", "linkedin",
            Platform.LINKEDIN, "linkedin", fake.base(),
            Map.of("organization_urn", FakeLinkedInApi.ORG, "post_urns", FakeLinkedInApi.POST),
            new Secrets(Map.of("access_token", FakeLinkedInApi.TOKEN, "client_secret", FakeLinkedInApi.CLIENT_SECRET)),
            ConnectionState.ACTIVE);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void pollsThePostsCommentsPageByPageAndBringsNothingTwice() {
        fake.pageSize(2);
        String first = fake.comment("1", "urn:li:person:mario", "Complimenti per il bando", T, null);
        fake.comment("2", FakeLinkedInApi.ORG, "Grazie!", T.plusSeconds(1), first);
        String third = fake.comment("3", "urn:li:person:anna", "Quando scade?", T.plusSeconds(2), first);

        PollOutcome.Polled polled = (PollOutcome.Polled) connector.poll(connection, null);

        assertThat(polled.items()).extracting(NewInteraction::platformId).containsExactly(first, third);
        assertThat(polled.items().get(1)).isEqualTo(new NewInteraction("linkedin", InteractionKind.REPLY, third,
                FakeLinkedInApi.POST, null, first, "urn:li:person:anna", null, "Quando scade?", T.plusSeconds(2)));
        assertThat(fake.count("GET /rest/socialActions/" + FakeLinkedInApi.POST + "/comments")).isEqualTo(2);
        assertThat(((PollOutcome.Polled) connector.poll(connection, polled.cursor())).items()).isEmpty();
    }

    @Test
    void repliesThroughTheCommentsApiAndDeclaresNothingElse() {
        String comment = fake.comment("1", "urn:li:person:mario", "Info sul bando?", T, null);

        ActionOutcome outcome = connector.perform(connection, new PlatformAction(ActionKind.REPLY_PUBLIC, comment,
                FakeLinkedInApi.POST, "urn:li:person:mario", "Trova tutto sul sito della Provincia.", null, T), "k");

        assertThat(outcome).isInstanceOf(ActionOutcome.Done.class);
        assertThat(fake.commentsBy(FakeLinkedInApi.ORG)).singleElement()
                .satisfies(c -> assertThat(c.path("parentComment").asString()).isEqualTo(comment))
                .satisfies(c -> assertThat(((ActionOutcome.Done) outcome).reference()).isEqualTo(c.path("commentUrn").asString()));
        assertThat(connector.capabilities(connection).actions()).containsExactly(ActionKind.REPLY_PUBLIC);
        assertThat(connector.perform(connection, new PlatformAction(ActionKind.HIDE, comment, null, null, null, null, null),
                "k2")).isInstanceOf(ActionOutcome.Refused.class);
    }

    @Test
    void classifiesTheErrors() {
        String comment = fake.comment("1", "urn:li:person:mario", "Info?", T, null);
        PlatformAction reply = new PlatformAction(ActionKind.REPLY_PUBLIC, comment, FakeLinkedInApi.POST, null, "Sì.",
                null, T);

        fake.throttle(1);
        assertThat(connector.perform(connection, reply, "k")).isEqualTo(new ActionOutcome.RetryLater(
                "LinkedIn: HTTP 429: Resource level throttle limit reached", Duration.ofSeconds(60)));
        fake.serverErrors(1);
        assertThat(connector.perform(connection, reply, "k")).isInstanceOf(ActionOutcome.RetryLater.class);
        assertThat(connector.perform(connection, new PlatformAction(ActionKind.REPLY_PUBLIC, "urn:li:comment:(x,9)",
                FakeLinkedInApi.POST, null, "Sì.", null, T), "k")).isEqualTo(new ActionOutcome.Refused(
                "LinkedIn: HTTP 404: Parent comment not found"));
        fake.revoke();
        assertThat(connector.perform(connection, reply, "k")).isInstanceOf(ActionOutcome.CredentialsRejected.class);
        assertThat(connector.poll(connection, null)).isInstanceOf(ActionOutcome.CredentialsRejected.class);
    }

    @Test
    void answersTheChallengeWithTheHmacOfTheCode() {
        WebhookAnswer answer = connector.challenge(connection, new WebhookRequest(Map.of("challengeCode", "890e4665-4dfe-4ab1"),
                Map.of(), new byte[0]));

        assertThat(answer).isEqualTo(new WebhookAnswer.Handshake("application/json",
                PlatformHttp.JSON.writeValueAsString(Map.of("challengeCode", "890e4665-4dfe-4ab1", "challengeResponse",
                        Signatures.hex(FakeLinkedInApi.CLIENT_SECRET, "890e4665-4dfe-4ab1".getBytes(StandardCharsets.UTF_8))))));
        assertThat(connector.challenge(connection, new WebhookRequest(Map.of(), Map.of(), new byte[0])))
                .isInstanceOf(WebhookAnswer.Refused.class);
    }

    @Test
    void readsOnlySignedDeliveries() {
        byte[] body = FakeLinkedInApi.notification("urn:li:comment:(urn:li:activity:7000,5)", "urn:li:person:lucia",
                "Perché la strada è ancora chiusa?", T);

        WebhookAnswer signed = connector.deliver(connection, new WebhookRequest(Map.of(),
                Map.of("x-li-signature", FakeLinkedInApi.sign(body)), body));
        WebhookAnswer forged = connector.deliver(connection, new WebhookRequest(Map.of(),
                Map.of("x-li-signature", Signatures.hex("another-secret", body)), body));
        WebhookAnswer unsigned = connector.deliver(connection, new WebhookRequest(Map.of(), Map.of(), body));
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        WebhookAnswer malformed = connector.deliver(connection, new WebhookRequest(Map.of(),
                Map.of("x-li-signature", FakeLinkedInApi.sign(garbage)), garbage));

        assertThat(signed).isInstanceOf(WebhookAnswer.Accepted.class);
        assertThat(((WebhookAnswer.Accepted) signed).items()).singleElement()
                .satisfies(i -> assertThat(i.text()).isEqualTo("Perché la strada è ancora chiusa?"))
                .satisfies(i -> assertThat(i.platformId()).isEqualTo("urn:li:comment:(urn:li:activity:7000,5)"));
        assertThat(forged).isEqualTo(new WebhookAnswer.Refused(401, "missing or wrong X-LI-Signature"));
        assertThat(unsigned).isInstanceOf(WebhookAnswer.Refused.class);
        assertThat(malformed).isEqualTo(new WebhookAnswer.Refused(400, "malformed JSON"));
    }
}
