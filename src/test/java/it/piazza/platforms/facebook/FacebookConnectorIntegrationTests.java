package it.piazza.platforms.facebook;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.ConnectionStatus;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.meta.FakeGraphApi;
import it.piazza.platforms.meta.FakeGraphApi.Attempt;
import it.piazza.platforms.meta.FakeGraphApi.Failure;
import it.piazza.testsupport.EmbeddedDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
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
 * The Facebook channel of the Comune di Massa connected to the fake Graph API: deliveries signed by the fake
 * through the real webhook endpoint, decisions of the engine carried out at the fake by the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"piazza.demo=false",
        "piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "piazza.outbox.poll=PT0.05S",
        "piazza.outbox.backoff-base=PT0.1S", "piazza.webhooks.max-bytes=65536"})
class FacebookConnectorIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String ENTE = "comune-massa";
    private static final String PAGE = "1111111111";
    private static final String POST = PAGE + "_3333";
    private static final String TOKEN = "EAAG-token-della-pagina";
    private static final String APP_SECRET = "segreto-dell-app";
    private static final String INSULT = "Sei un imbecille, vergognati";
    private static final FakeGraphApi fake = FakeGraphApi.start(TOKEN, PAGE, "17841400000000000");

    @LocalServerPort
    int port;
    @Autowired
    ChannelConnections connections;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void connect() {
        fake.reset();
        connections.connect(ENTE, "facebook", "facebook", fake.base(), Map.of("page_id", PAGE, "graph_version", "v25.0"),
                new Secrets(Map.of("access_token", TOKEN, "app_secret", APP_SECRET, "verify_token", "verifica-123")), "test");
    }

    @AfterEach
    void outboxIdle() {
        await("every action finished").atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from platform_action where state in ('PENDING', 'IN_FLIGHT')")
                .query(Integer.class).single() == 0);
    }

    private URI webhook() {
        return URI.create("http://localhost:" + port + "/webhooks/" + ENTE + "/facebook");
    }

    private static String id() {
        return "3333_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A comment of an author of its own, so that strikes of one test do not ban the author of another. */
    private String comment(String id, String text) {
        return fake.facebookComment(id, POST, null, "autore-" + id, "Mario Rossi", text, Instant.now());
    }

    private int stored(String platformId) {
        return jdbc.sql("select count(*) from interaction where platform_id = ?").param(platformId).query(Integer.class).single();
    }

    private Optional<String> actionState(String target, String kind) {
        return jdbc.sql("select state from platform_action where target_id = ? and kind = ?").params(target, kind)
                .query(String.class).optional();
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(webhook() + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersMetasHandshakeOnlyWithTheVerifyToken() throws Exception {
        HttpResponse<String> ok = get("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=verifica-123");
        HttpResponse<String> wrong = get("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=altro");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
    }

    @Test
    void storesASignedCommentAndNothingOfAWronglySignedOrUnsignedOne() {
        String signed = id();
        String forged = id();
        String unsigned = id();

        assertThat(fake.deliver(webhook(), APP_SECRET, comment(signed, "Quando riapre la biblioteca? Grazie")).statusCode())
                .isEqualTo(200);
        assertThat(fake.deliver(webhook(), "un-altro-segreto", comment(forged, "Quando riapre la biblioteca?")).statusCode())
                .isEqualTo(403);
        assertThat(fake.post(webhook(), comment(unsigned, "Quando riapre?").getBytes(StandardCharsets.UTF_8), Map.of())
                .statusCode()).isEqualTo(401);
        assertThat(stored(signed)).isEqualTo(1);
        assertThat(stored(forged)).isZero();
        assertThat(stored(unsigned)).isZero();
    }

    @Test
    void storesAMessengerMessageAsAPrivateMessage() {
        String mid = "m_" + UUID.randomUUID();

        assertThat(fake.deliver(webhook(), APP_SECRET, fake.message("page", mid, "psid-" + mid,
                "Buongiorno, è possibile rinnovare il contrassegno disabili online?", Instant.now())).statusCode()).isEqualTo(200);

        assertThat(jdbc.sql("select kind from interaction where platform_id = ?").param(mid).query(String.class).list())
                .containsExactly("PRIVATE_MESSAGE");
    }

    @Test
    void refusesMalformedAndOversizedDeliveries() {
        byte[] malformed = "{\"object\":\"page\",\"entry\":[{".getBytes(StandardCharsets.UTF_8);
        byte[] oversized = ("{\"object\":\"page\",\"entry\":[],\"pad\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(fake.post(webhook(), malformed, Map.of("X-Hub-Signature-256", FakeGraphApi.signature(APP_SECRET, malformed)))
                .statusCode()).isEqualTo(400);
        assertThat(fake.post(webhook(), oversized, Map.of("X-Hub-Signature-256", FakeGraphApi.signature(APP_SECRET, oversized)))
                .statusCode()).isEqualTo(413);
    }

    @Test
    void storesAReplayedDeliveryOnce() {
        String id = id();
        String delivery = comment(id, "Il parco di via Marina è chiuso da giorni, perché?");

        assertThat(fake.deliver(webhook(), APP_SECRET, delivery).statusCode()).isEqualTo(200);
        assertThat(fake.deliver(webhook(), APP_SECRET, delivery).statusCode()).isEqualTo(200);
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void removesAnInsultAtThePlatformOnce() {
        String id = id();

        fake.deliver(webhook(), APP_SECRET, comment(id, INSULT));

        await("the insult deleted at Facebook").atMost(PATIENCE).until(() -> fake.count("delete", id) == 1);
        await("the removal recorded as done").atMost(PATIENCE).until(() -> actionState(id, "REMOVE").equals(Optional.of("DONE")));
        assertThat(fake.comment(id).deleted()).isTrue();
        assertThat(fake.attempts("delete", id)).hasSize(1);
    }

    @Test
    void warnsTheAuthorInPrivateBeforeRemovingTheComment() {
        String id = id();

        fake.deliver(webhook(), APP_SECRET, comment(id, INSULT));

        await("the insult deleted at Facebook").atMost(PATIENCE).until(() -> fake.count("delete", id) == 1);
        await("the warning recorded as done").atMost(PATIENCE).until(() -> actionState(id, "REPLY_PRIVATE").equals(Optional.of("DONE")));
        assertThat(fake.sent()).filteredOn(s -> id.equals(s.commentId())).singleElement()
                .satisfies(s -> assertThat(s.text()).isNotBlank());
        assertThat(fake.attempts("private_reply", id).getFirst().at()).isBeforeOrEqualTo(fake.attempts("delete", id).getFirst().at());
    }

    @Test
    void waitsAsLongAsTheRateLimitAsksBeforeTryingAgain() {
        String id = id();
        fake.failNext("delete", Failure.rateLimit(32, 2));

        fake.deliver(webhook(), APP_SECRET, comment(id, INSULT));

        await("the insult deleted after the wait").atMost(PATIENCE).until(() -> fake.count("delete", id) == 1);
        List<Attempt> attempts = fake.attempts("delete", id);
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void stopsTheConnectionOnAnExpiredTokenAndCarriesOnWithANewOne() {
        String id = id();
        fake.expireToken();

        fake.deliver(webhook(), APP_SECRET, comment(id, INSULT));

        await("the connection stopped").atMost(PATIENCE).until(() -> connections.statuses(ENTE).stream()
                .anyMatch(s -> s.channelId().equals("facebook") && s.state() == ConnectionState.CREDENTIALS_REJECTED));
        ConnectionStatus stopped = connections.statuses(ENTE).stream().filter(s -> s.channelId().equals("facebook"))
                .findFirst().orElseThrow();
        assertThat(stopped.reason()).contains("190", "463").doesNotContain(TOKEN);
        assertThat(actionState(id, "REMOVE")).contains("PENDING");
        assertThat(fake.count("delete", id)).isZero();

        fake.renewToken();
        connect();

        await("the waiting removal carried out").atMost(PATIENCE).until(() -> fake.count("delete", id) == 1);
    }

    @Test
    void carriesOutAnActionOnceAfterServerErrors() {
        String id = id();
        fake.failNext("delete", Failure.serverError(), Failure.serverError());

        fake.deliver(webhook(), APP_SECRET, comment(id, INSULT));

        await("the removal done").atMost(PATIENCE).until(() -> actionState(id, "REMOVE").equals(Optional.of("DONE")));
        assertThat(fake.count("delete", id)).isEqualTo(1);
        assertThat(fake.attempts("delete", id)).extracting(Attempt::status).containsExactly(500, 500, 200);
    }

    /** An action a node had in flight when it stopped: its lease has run out, its answer is unknown. */
    private void inFlightOnAStoppedNode(String target) {
        Instant past = Instant.now().minusSeconds(60);
        jdbc.sql("""
                insert into platform_action (id, ente_id, channel_id, kind, target_id, post_id, author_id,
                  target_created_at, idempotency_key, purpose, state, attempts, next_attempt_at, lease_until, claimed_by,
                  created_at)
                values (?, ?, 'facebook', 'REMOVE', ?, ?, ?, ?, ?, 'decision', 'IN_FLIGHT', 1, ?, ?, 'stopped-node', ?)""")
                .params(UUID.randomUUID(), ENTE, target, POST, "autore-" + target, java.sql.Timestamp.from(past),
                        "crash:" + target, java.sql.Timestamp.from(past), java.sql.Timestamp.from(past.plusSeconds(1)),
                        java.sql.Timestamp.from(past))
                .update();
    }

    @Test
    void confirmsARemovalTheStoppedNodeCarriedOutInsteadOfRepeatingIt() {
        String id = id();
        fake.add(new FakeGraphApi.Comment(id, false, POST, null, "autore-" + id, "Mario Rossi", INSULT, Instant.now(),
                false, true));

        inFlightOnAStoppedNode(id);

        await("the removal confirmed").atMost(PATIENCE).until(() -> actionState(id, "REMOVE").equals(Optional.of("DONE")));
        assertThat(fake.attempts("delete", id)).isEmpty();
    }

    @Test
    void carriesOutARemovalTheStoppedNodeDidNotCarryOut() {
        String id = id();
        fake.add(new FakeGraphApi.Comment(id, false, POST, null, "autore-" + id, "Mario Rossi", INSULT, Instant.now(),
                false, false));

        inFlightOnAStoppedNode(id);

        await("the removal done").atMost(PATIENCE).until(() -> actionState(id, "REMOVE").equals(Optional.of("DONE")));
        assertThat(fake.count("delete", id)).isEqualTo(1);
        assertThat(fake.attempts("delete", id)).hasSize(1);
    }

    @Test
    void putsAnActionMetaRefusesAmongTheDeadLetters() {
        String id = id();
        fake.failNext("delete", Failure.graphError(100, 0, "(#100) Invalid parameter"));

        fake.deliver(webhook(), APP_SECRET, comment(id, INSULT));

        await("the removal dead").atMost(PATIENCE).until(() -> actionState(id, "REMOVE").equals(Optional.of("DEAD")));
        assertThat(fake.count("delete", id)).isZero();
        assertThat(fake.attempts("delete", id)).hasSize(1);
        assertThat(jdbc.sql("select last_error from platform_action where target_id = ? and kind = 'REMOVE'").param(id)
                .query(String.class).single()).contains("Invalid parameter");
    }
}
