package it.piazza.platforms.youtube;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutbox;
import it.piazza.platforms.ActionState;
import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.ConnectionStatus;
import it.piazza.platforms.OutboxEntry;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.Secrets;
import it.piazza.policy.PolicyVersions;
import it.piazza.policy.Presets;
import it.piazza.testsupport.EmbeddedDatabases;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The MIT's YouTube channel connected to the fake YouTube: comments polled in by the scheduler, decided by the
 * engine under the MIT's policy, and carried out at the fake by the outbox, with the fake's failures.
 */
@SpringBootTest(properties = {"piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "piazza.outbox.poll=PT0.05S", "piazza.outbox.backoff-base=PT0.1S", "piazza.polling.tick=PT0.05S",
        "piazza.youtube.interval=PT0.1S"})
class YouTubeConnectorIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Autowired
    ChannelConnections connections;
    @Autowired
    ActionOutbox outbox;
    @Autowired
    PolicyVersions policies;
    @Autowired
    JdbcClient jdbc;

    private final FakeYouTubeApi fake = new FakeYouTubeApi();
    // interactions are stored once per platform id, and the context outlives each test
    private final String insult = "Ugx-insult-" + System.nanoTime();
    private final String critic = "Ugx-critic-" + System.nanoTime();

    @BeforeEach
    void connect() {
        policies.importPolicy("mit.yaml", Presets.yaml("mit"), "test");
        jdbc.sql("update channel_connection set poll_cursor = null, poll_due_at = null, paused_until = null").update();
        connections.connect("mit", "youtube", "youtube", fake.base(),
                Map.of("channel_id", FakeYouTubeApi.CHANNEL, "token_url", fake.base() + "/token"),
                new Secrets(Map.of("client_id", "client", "client_secret", "s3cret", "refresh_token", "1//refresh")),
                "test");
    }

    @AfterEach
    void disconnect() {
        jdbc.sql("update channel_connection set state = 'DISABLED'").update();
        jdbc.sql("delete from platform_action").update();
        fake.close();
    }

    private String state(String comment) {
        return fake.status(comment);
    }

    private String decision(String platformId) {
        return jdbc.sql("""
                select d.action from decision d join interaction i on i.id = d.interaction_id
                where i.platform_id = ? order by d.decided_at desc limit 1""").param(platformId)
                .query(String.class).optional().orElse("none");
    }

    private List<OutboxEntry> entries(String target) {
        return outbox.entries("mit", Set.of(ActionState.values()), 100).stream()
                .filter(e -> e.action().targetId().equals(target)).toList();
    }

    private ConnectionStatus status() {
        return connections.statuses("mit").stream().filter(s -> s.channelId().equals("youtube")).findFirst().orElseThrow();
    }

    /** Waits while another ente's channel is polled and acted on several times: both schedulers had their rounds. */
    private void severalRoundsOfBothSchedulers() {
        try (FakeYouTubeApi other = new FakeYouTubeApi()) {
            String comment = "Ugx-roma-" + System.nanoTime();
            other.comment(comment, "UCfan", "Buongiorno Roma", T);
            connections.connect("roma-capitale", "youtube", "youtube", other.base(),
                    Map.of("channel_id", FakeYouTubeApi.CHANNEL, "token_url", other.base() + "/token"),
                    new Secrets(Map.of("client_id", "c", "client_secret", "s", "refresh_token", "r")), "test");
            outbox.enqueue("roma-capitale", "youtube", null, new PlatformAction(ActionKind.HIDE, comment, "vid123",
                    null, null, null, null), "rounds-" + comment, "test");
            await("the other channel polled and acted on").atMost(WAIT).until(() -> other.threadLists() >= 6
                    && other.status(comment).equals("heldForReview"));
        }
    }

    @Test
    void removesAPolledInsultByRejectingItAndKeepsCriticism() {
        fake.comment(insult, "UCmario", "Sei un imbecille, vergognati", T);
        fake.comment(critic, "UCanna", "Vergogna, strade piene di buche da mesi. Il ministro è incompetente.",
                T.plusSeconds(1));

        await("the insult rejected at YouTube and recorded").atMost(WAIT).until(() -> state(insult).equals("rejected")
                && entries(insult).stream().anyMatch(e -> e.state() == ActionState.DONE));

        assertThat(decision(insult)).isEqualTo("REMOVE");
        assertThat(entries(insult)).extracting(e -> e.action().kind() + " " + e.state())
                .containsExactlyInAnyOrder("REMOVE DONE", "REPLY_PRIVATE MANUAL");
        await("the criticism decided").atMost(WAIT).until(() -> !decision(critic).equals("none"));
        assertThat(decision(critic)).isEqualTo("KEEP");
        assertThat(state(critic)).isEqualTo("published");
        assertThat(fake.moderationsOf(insult)).isEqualTo(1);
        assertThat(fake.moderationsOf(critic)).isZero();
    }

    @Test
    void hidesByHoldingForReviewWhenThePolicySaysHide() {
        policies.importPolicy("mit.yaml", Presets.yaml("mit").replaceFirst("(INSULT:\\s+action: )REMOVE", "$1HIDE"), "test");
        fake.comment(insult, "UCmario", "Sei un imbecille, vergognati", T);

        await("the insult held for review").atMost(WAIT).until(() -> state(insult).equals("heldForReview"));

        assertThat(decision(insult)).isEqualTo("HIDE");
    }

    @Test
    void respectsTheQuotaUntilMidnightInCalifornia() {
        fake.quotaExceeded(true);

        await("the connection paused").atMost(WAIT).until(() -> status().pausedUntil() != null);

        Instant midnight = fake.firstQuotaAnswer().atZone(YouTubeErrors.PACIFIC).toLocalDate().plusDays(1)
                .atStartOfDay(YouTubeErrors.PACIFIC).toInstant();
        assertThat(status().pausedUntil()).isBetween(midnight.minusSeconds(5), midnight.plusSeconds(5));
        Instant due = jdbc.sql("select poll_due_at from channel_connection where ente_id = 'mit' and channel_id = 'youtube'")
                .query(Timestamp.class).single().toInstant();
        assertThat(due).isBetween(midnight.minusSeconds(5), midnight.plusSeconds(5));
        outbox.enqueue("mit", "youtube", null, new PlatformAction(ActionKind.HIDE, "Ugx-any", "vid123", null, null, null,
                null), "quota-hide-" + insult, "test");

        severalRoundsOfBothSchedulers();

        assertThat(fake.quotaAnswers()).as("only the poll that met the quota").isEqualTo(1);
        assertThat(fake.moderationsOf("Ugx-any")).isZero();
        assertThat(entries("Ugx-any")).singleElement().satisfies(e -> assertThat(e.attempts()).isZero());
    }

    @Test
    void aRevokedTokenStopsTheConnectionAndItsActionsWait() {
        fake.revoke();

        await("the connection stopped").atMost(WAIT).until(() -> status().state() == ConnectionState.CREDENTIALS_REJECTED);

        assertThat(status().reason()).contains("invalid_grant").doesNotContain("1//refresh");
        outbox.enqueue("mit", "youtube", null, new PlatformAction(ActionKind.HIDE, "Ugx-any", "vid123", null, null, null,
                null), "revoked-hide", "test");
        severalRoundsOfBothSchedulers();

        assertThat(entries("Ugx-any")).singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(ActionState.PENDING));
        assertThat(fake.moderationsOf("Ugx-any")).isZero();
        assertThat(fake.refreshes()).as("no poll after the stop").isEqualTo(1);
    }

    @Test
    void aServerErrorThenSuccessIsCarriedOutOnce() {
        fake.comment("Ugx-1", "UCmario", "Buongiorno", T);
        fake.serverErrors(1);

        outbox.enqueue("mit", "youtube", null, new PlatformAction(ActionKind.HIDE, "Ugx-1", "vid123", null, null, null,
                null), "5xx-hide", "test");

        await("the action done").atMost(WAIT).until(() -> entries("Ugx-1").getFirst().state() == ActionState.DONE);
        assertThat(entries("Ugx-1").getFirst().attempts()).isEqualTo(2);
        assertThat(fake.moderationsOf("Ugx-1")).isEqualTo(2);
        assertThat(state("Ugx-1")).isEqualTo("heldForReview");
    }

    @Test
    void aPermanentRefusalIsADeadLetter() {
        outbox.enqueue("mit", "youtube", null, new PlatformAction(ActionKind.HIDE, "Ugx-gone", "vid123", null, null,
                null, null), "gone-hide", "test");

        await("the action dead").atMost(WAIT).until(() -> entries("Ugx-gone").getFirst().state() == ActionState.DEAD);
        assertThat(entries("Ugx-gone").getFirst().lastError()).contains("commentNotFound");
        assertThat(entries("Ugx-gone").getFirst().attempts()).isEqualTo(1);
    }
}
