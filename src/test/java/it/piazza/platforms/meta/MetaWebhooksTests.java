package it.piazza.platforms.meta;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.WebhookAnswer;
import it.piazza.platforms.WebhookRequest;
import it.piazza.policy.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetaWebhooksTests {

    static final String PAGE = "1111111111";
    static final String IG = "17841400000000000";
    static final String APP_SECRET = "segreto-dell-app";
    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final FakeGraphApi fake = FakeGraphApi.start("token", PAGE, IG);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final MetaWebhooks page = new MetaWebhooks("page", "page_id", clock);
    private final MetaWebhooks instagram = new MetaWebhooks("instagram", "ig_user_id", clock);
    private final ChannelConnection pageConnection = connection(Platform.FACEBOOK, Map.of("page_id", PAGE));
    private final ChannelConnection igConnection = connection(Platform.INSTAGRAM, Map.of("ig_user_id", IG));

    @AfterEach
    void stop() {
        fake.close();
    }

    private static ChannelConnection connection(Platform platform, Map<String, String> settings) {
        return new ChannelConnection("comune-massa", platform.name().toLowerCase(), platform, platform.name().toLowerCase(),
                null, settings, new Secrets(Map.of("app_secret", APP_SECRET, "verify_token", "verifica-123",
                "access_token", "token")), ConnectionState.ACTIVE);
    }

    private static WebhookRequest signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new WebhookRequest(Map.of(), Map.of("x-hub-signature-256", FakeGraphApi.signature(APP_SECRET, bytes)), bytes);
    }

    private static List<NewInteraction> items(WebhookAnswer answer) {
        assertThat(answer).isInstanceOf(WebhookAnswer.Accepted.class);
        return ((WebhookAnswer.Accepted) answer).items();
    }

    @Test
    void answersTheHandshakeWithTheChallenge() {
        WebhookAnswer answer = page.challenge(pageConnection, new WebhookRequest(Map.of("hub.mode", "subscribe",
                "hub.challenge", "1158201444", "hub.verify_token", "verifica-123"), Map.of(), new byte[0]));

        assertThat(answer).isEqualTo(new WebhookAnswer.Handshake("text/plain", "1158201444"));
    }

    @Test
    void refusesAHandshakeWithAnotherTokenOrMode() {
        assertThat(page.challenge(pageConnection, new WebhookRequest(Map.of("hub.mode", "subscribe",
                "hub.challenge", "1", "hub.verify_token", "altro"), Map.of(), new byte[0])))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
        assertThat(page.challenge(pageConnection, new WebhookRequest(Map.of("hub.mode", "unsubscribe",
                "hub.challenge", "1", "hub.verify_token", "verifica-123"), Map.of(), new byte[0])))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
    }

    @Test
    void readsACommentWithAccentsEscapedAsMetaSendsThem() {
        String body = fake.facebookComment("3333_4444", PAGE + "_3333", null, "2222", "Mario Rossi",
                "Perché l'ufficio è chiuso? Città più pulita!", Instant.ofEpochSecond(1746093600));

        assertThat(body).contains("Perch\\u00e9", "https:\\/\\/www.facebook.com").doesNotContain("é");
        assertThat(items(page.deliver(pageConnection, signed(body)))).containsExactly(new NewInteraction("facebook",
                InteractionKind.COMMENT, "3333_4444", PAGE + "_3333", null, null, "2222", "Mario Rossi",
                "Perché l'ufficio è chiuso? Città più pulita!", Instant.ofEpochSecond(1746093600)));
    }

    @Test
    void refusesASignatureComputedOverOtherBytesThanTheOnesSent() {
        String body = fake.facebookComment("3333_4445", PAGE + "_3333", null, "2222", "Mario Rossi", "Perché?", NOW);
        String unescaped = body.replace("\\u00e9", "é");
        WebhookRequest request = new WebhookRequest(Map.of(), Map.of("x-hub-signature-256",
                FakeGraphApi.signature(APP_SECRET, unescaped.getBytes(StandardCharsets.UTF_8))),
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(page.deliver(pageConnection, request))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
    }

    @Test
    void refusesAnUnsignedDeliveryAndAMalformedOne() {
        assertThat(page.deliver(pageConnection, new WebhookRequest(Map.of(), Map.of(), "{}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(401));
        assertThat(page.deliver(pageConnection, signed("{\"object\":\"page\",\"entry\":[")))
                .isInstanceOfSatisfying(WebhookAnswer.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
    }

    @Test
    void readsAReplyWithItsParentAndLeavesOutThePagesOwnComments() {
        fake.facebookComment("3333_1", PAGE + "_3333", null, "2222", "Mario Rossi", "Domanda", NOW);
        String reply = fake.facebookComment("3333_2", PAGE + "_3333", "3333_1", "5555", "Anna Bianchi", "Risposta", NOW);
        String own = fake.facebookComment("3333_3", PAGE + "_3333", "3333_1", PAGE, "Comune di Massa", "Grazie", NOW);

        assertThat(items(page.deliver(pageConnection, signed(reply)))).singleElement()
                .satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(InteractionKind.REPLY);
                    assertThat(i.parentPlatformId()).isEqualTo("3333_1");
                });
        assertThat(items(page.deliver(pageConnection, signed(own)))).isEmpty();
    }

    @Test
    void leavesOutVerbsOtherThanAdd() {
        String edited = fake.facebookComment("3333_9", PAGE + "_3333", null, "2222", "Mario Rossi", "Modificato", NOW)
                .replace("\"verb\":\"add\"", "\"verb\":\"edited\"");

        assertThat(items(page.deliver(pageConnection, signed(edited)))).isEmpty();
    }

    @Test
    void readsAMessengerMessageWithItsTimestampInMilliseconds() {
        Instant at = Instant.parse("2026-05-01T10:00:00.123Z");
        String body = fake.message("page", "m_AbC", "9999", "Buongiorno, è possibile avere un appuntamento?", at);

        assertThat(items(page.deliver(pageConnection, signed(body)))).containsExactly(new NewInteraction("facebook",
                InteractionKind.PRIVATE_MESSAGE, "m_AbC", null, null, null, "9999", null,
                "Buongiorno, è possibile avere un appuntamento?", at));
    }

    @Test
    void leavesOutEchoesOfThePagesOwnMessages() {
        String echo = "{\"object\":\"page\",\"entry\":[{\"id\":\"" + PAGE + "\",\"time\":1746093600123,\"messaging\":[{"
                + "\"sender\":{\"id\":\"" + PAGE + "\"},\"recipient\":{\"id\":\"9999\"},\"timestamp\":1746093600000,"
                + "\"message\":{\"mid\":\"m_1\",\"text\":\"Risposta\",\"is_echo\":true}}]}]}";

        assertThat(items(page.deliver(pageConnection, signed(echo)))).isEmpty();
    }

    @Test
    void readsInstagramCommentsInBothShapes() {
        String changes = fake.instagramComment("17900000000000001", "18000000000000000", null, "6000", "mario.rossi",
                "Orari dell'ufficio anagrafe? Grazie è gentile", Instant.ofEpochSecond(1746093600));
        String direct = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + IG + "\",\"time\":1746093600,"
                + "\"field\":\"comments\",\"value\":{\"id\":\"17900000000000002\",\"text\":\"Risposta\","
                + "\"parent_id\":\"17900000000000001\",\"from\":{\"id\":\"6001\",\"username\":\"anna.b\"},"
                + "\"media\":{\"id\":\"18000000000000000\",\"media_product_type\":\"FEED\"}}}]}";

        assertThat(items(instagram.deliver(igConnection, signed(changes)))).containsExactly(new NewInteraction("instagram",
                InteractionKind.COMMENT, "17900000000000001", "18000000000000000", null, null, "6000", "mario.rossi",
                "Orari dell'ufficio anagrafe? Grazie è gentile", Instant.ofEpochSecond(1746093600)));
        assertThat(items(instagram.deliver(igConnection, signed(direct)))).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InteractionKind.REPLY);
            assertThat(i.parentPlatformId()).isEqualTo("17900000000000001");
            assertThat(i.authorName()).isEqualTo("anna.b");
        });
    }

    @Test
    void leavesOutTheAccountsOwnInstagramCommentsAndDeliveriesForAnotherObject() {
        String own = fake.instagramComment("17900000000000003", "18000000000000000", "17900000000000001", IG,
                "comunedimassa", "Grazie a lei", NOW);
        String pageDelivery = fake.facebookComment("3333_7", PAGE + "_3333", null, "2222", "Mario Rossi", "Ciao", NOW);

        assertThat(items(instagram.deliver(igConnection, signed(own)))).isEmpty();
        assertThat(items(instagram.deliver(igConnection, signed(pageDelivery)))).isEmpty();
    }
}
