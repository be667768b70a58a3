package it.piazza.platforms.x;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.Secrets;
import it.piazza.testsupport.EmbeddedDatabases;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Roma Capitale's X channel connected to {@link FakeXApi}: deliveries signed by the fake reach the real
 * {@code /webhooks/roma-capitale/x} endpoint, the engine decides, and the outbox carries the decision out at the
 * fake (a removal becomes a hide, since X deletes no one else's posts), through rate limits, revoked tokens,
 * server errors and refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "piazza.outbox.poll=PT0.05S",
        "piazza.outbox.backoff-base=PT0.1S"})
class XIntegrationTests {

    static final String ENTE = "roma-capitale";
    static final String ACCOUNT = "99";
    static final String INSULT = "Sei un imbecille, vergognati";
    static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ChannelConnections connections;
    @Autowired
    JdbcClient jdbc;

    FakeXApi x;
    URI webhook;

    @BeforeEach
    void connect() {
        jdbc.sql("delete from platform_action where ente_id = ?").param(ENTE).update();
        x = new FakeXApi(ACCOUNT, "token-1", "consumer-secret");
        connect("token-1");
        webhook = URI.create("http://localhost:" + port + "/webhooks/" + ENTE + "/x");
    }

    void connect(String token) {
        connections.connect(ENTE, "x", XConnector.ID, x.base(), Map.of("user_id", ACCOUNT),
                new Secrets(Map.of("access_token", token, "consumer_secret", "consumer-secret")), "test");
    }

    @AfterEach
    void stop() {
        x.close();
    }

    /** @return an insulting reply to a post of the account, delivered through the webhook */
    FakeXApi.Post insultDelivered() {
        FakeXApi.Post post = x.ownPost("Lavori notturni sulla metro C");
        FakeXApi.Post reply = x.reply(post.id(), "42", INSULT);
        assertThat(x.deliver(webhook, x.tweetCreateEvent(reply, "Mario Rossi", "mario",
                Instant.now().truncatedTo(ChronoUnit.SECONDS)))).isEqualTo(200);
        return reply;
    }

    String hideState(String target) {
        return jdbc.sql("select state from platform_action where ente_id = ? and target_id = ? and kind = 'HIDE'")
                .params(ENTE, target).query(String.class).optional().orElse("none");
    }

    int stored(String platformId) {
        return jdbc.sql("select count(*) from interaction where ente_id = ? and platform_id = ?").params(ENTE, platformId)
                .query(Integer.class).single();
    }

    @Test
    void answersTheCrc() {
        HttpResponse<String> answer = x.crc(webhook, "challenge-token");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"response_token\":\"" + x.expectedCrcResponse("challenge-token") + "\"}");
    }

    @Test
    void hidesAnInsultThePolicyRemovesSinceXDeletesNoOneElsesPost() {
        FakeXApi.Post reply = insultDelivered();

        await("the reply hidden at X").atMost(WAIT).until(() -> x.post(reply.id()).hidden());
        await("the hide recorded as done").atMost(WAIT).until(() -> hideState(reply.id()).equals("DONE"));
        assertThat(stored(reply.id())).isEqualTo(1);
        assertThat(jdbc.sql("select purpose from platform_action where target_id = ? and kind = 'HIDE'").param(reply.id())
                .query(String.class).single()).contains("fallback");
        assertThat(jdbc.sql("select count(*) from platform_action where target_id = ? and kind = 'REMOVE'")
                .param(reply.id()).query(Integer.class).single()).isZero();
        assertThat(x.calls("hide")).isEqualTo(1);
    }

    @Test
    void storesNothingOfADeliveryWithAWrongOrMissingSignatureOrMalformed() {
        FakeXApi.Post post = x.ownPost("Avviso");
        FakeXApi.Post reply = x.reply(post.id(), "42", INSULT);
        byte[] body = x.tweetCreateEvent(reply, "Mario", "mario", Instant.now()).getBytes(StandardCharsets.UTF_8);
        byte[] malformed = "{\"for_user_id\":\"99\",\"tweet_create_events\":[{".getBytes(StandardCharsets.UTF_8);

        assertThat(x.deliver(webhook, body, "sha256=" + "A".repeat(44))).isEqualTo(403);
        assertThat(x.deliver(webhook, body, null)).isEqualTo(403);
        assertThat(x.deliver(webhook, malformed, x.signature(malformed))).isEqualTo(400);

        assertThat(stored(reply.id())).isZero();
        assertThat(x.deliver(webhook, body, x.signature(body))).isEqualTo(200);
        assertThat(stored(reply.id())).isEqualTo(1);
    }

    @Test
    void storesADirectMessageAsAPrivateMessage() {
        String eventId = "dm-" + System.nanoTime();

        assertThat(x.deliver(webhook, x.directMessageEvent(eventId, "42", "Mario", "Posso avere il modulo ISEE?",
                Instant.now()))).isEqualTo(200);

        assertThat(jdbc.sql("select kind from interaction where ente_id = ? and platform_id = ?").params(ENTE, eventId)
                .query(String.class).single()).isEqualTo("PRIVATE_MESSAGE");
    }

    @Test
    void waitsForTheRateLimitsResetBeforeTryingAgain() {
        Instant reset = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        x.rateLimitUntil(reset);

        FakeXApi.Post reply = insultDelivered();

        await("the reply hidden after the reset").atMost(WAIT).until(() -> x.post(reply.id()).hidden());
        assertThat(x.times("hide")).hasSize(2);
        assertThat(x.times("hide").get(1)).isAfterOrEqualTo(reset);
    }

    @Test
    void stopsTheConnectionWhenTheTokenIsRevokedAndCarriesOnWithANewOne() {
        x.acceptOnly("token-2");

        FakeXApi.Post reply = insultDelivered();

        await("the connection stopped").atMost(WAIT).until(() -> connections.find(ENTE, "x").orElseThrow().state()
                == ConnectionState.CREDENTIALS_REJECTED);
        await("the hide waiting").atMost(WAIT).until(() -> hideState(reply.id()).equals("PENDING"));
        assertThat(x.post(reply.id()).hidden()).isFalse();
        assertThat(x.calls("hide")).as("requests with a rejected token change nothing").isZero();

        connect("token-2");

        await("the waiting hide carried out").atMost(WAIT).until(() -> hideState(reply.id()).equals("DONE"));
        assertThat(x.post(reply.id()).hidden()).isTrue();
    }

    @Test
    void triesAgainAfterAServerErrorAndHidesOnce() {
        x.serverError();

        FakeXApi.Post reply = insultDelivered();

        await("the hide recorded as done").atMost(WAIT).until(() -> hideState(reply.id()).equals("DONE"));
        assertThat(x.calls("hide")).isEqualTo(2);
        assertThat(x.post(reply.id()).hidden()).isTrue();
        assertThat(jdbc.sql("select count(*) from platform_action where target_id = ? and kind = 'HIDE'")
                .param(reply.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void givesAHideXRefusesToAPersonWithXsReason() {
        FakeXApi.Post theirs = x.reply("1700000000000000000", "77", "Il Comune non fa niente @Roma");
        FakeXApi.Post reply = x.reply(theirs.id(), "42", INSULT + " @Roma");
        assertThat(x.deliver(webhook, x.tweetCreateEvent(reply, "Mario", "mario", Instant.now()))).isEqualTo(200);

        await("the hide dead").atMost(WAIT).until(() -> hideState(reply.id()).equals("DEAD"));
        assertThat(jdbc.sql("select last_error from platform_action where target_id = ? and kind = 'HIDE'")
                .param(reply.id()).query(String.class).single()).contains("conversations it started");
        assertThat(x.calls("hide")).isEqualTo(1);
    }
}
