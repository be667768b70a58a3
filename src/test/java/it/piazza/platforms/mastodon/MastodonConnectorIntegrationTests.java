package it.piazza.platforms.mastodon;

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
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.TestPolicies;
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
 * A test ente's Mastodon account connected to the fake Mastodon: mentions polled in, decided by the engine,
 * hiding and removal handed to a person (Mastodon has neither), replies carried out at the fake, with the
 * fake's failures.
 */
@SpringBootTest(properties = {"piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "piazza.outbox.poll=PT0.05S", "piazza.outbox.backoff-base=PT0.1S", "piazza.polling.tick=PT0.05S",
        "piazza.mastodon.interval=PT0.1S"})
class MastodonConnectorIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ENTE = "comune-di-prova";

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

    private final FakeMastodonApi fake = new FakeMastodonApi();
    private final String post = fake.ownStatus("Da lunedì lavori in via Appia", Instant.parse("2026-05-01T09:00:00Z"));

    @BeforeEach
    void connect() {
        policies.importPolicy("prova.yaml", TestPolicies.testEnte(0.85, 0.5).replace("channels:\n", """
                channels:
                  - id: mastodon
                    platform: MASTODON
                    handle: "@comune@mastodon.example"
                    url: https://mastodon.example/@comune
                    purpose: Account istituzionale sul fediverso
                    status: ACTIVE
                """), "test");
        jdbc.sql("update channel_connection set poll_cursor = null, poll_due_at = null, paused_until = null").update();
        connections.connect(ENTE, "mastodon", "mastodon", fake.base(), Map.of("account_id", FakeMastodonApi.OWN),
                new Secrets(Map.of("access_token", FakeMastodonApi.TOKEN)), "test");
    }

    @AfterEach
    void disconnect() {
        jdbc.sql("update channel_connection set state = 'DISABLED'").update();
        jdbc.sql("delete from platform_action").update();
        fake.close();
    }

    private String mention(String text) {
        return fake.mention("2001", "mario@altra.istanza", "<p><span class=\"h-card\">@comune</span> " + text + "</p>",
                "public", post, Instant.now());
    }

    private String decision(String platformId) {
        return jdbc.sql("""
                select d.action from decision d join interaction i on i.id = d.interaction_id
                where i.platform_id = ? order by d.decided_at desc limit 1""").param(platformId)
                .query(String.class).optional().orElse("none");
    }

    private List<OutboxEntry> entries(String target) {
        return outbox.entries(ENTE, Set.of(ActionState.values()), 100).stream()
                .filter(e -> e.action().targetId().equals(target)).toList();
    }

    private ConnectionStatus status() {
        return connections.statuses(ENTE).stream().filter(s -> s.channelId().equals("mastodon")).findFirst().orElseThrow();
    }

    @Test
    void aPolledInsultIsHandedToAPersonAsAManualEntry() {
        String insult = mention("sei un imbecille, vergognati");

        await("the insult decided").atMost(WAIT).until(() -> !decision(insult).equals("none"));
        assertThat(decision(insult)).isEqualTo("REMOVE");
        await("the insult's actions planned").atMost(WAIT).until(() -> !entries(insult).isEmpty());

        assertThat(entries(insult)).singleElement()
                .satisfies(e -> assertThat(e.action().kind()).isEqualTo(ActionKind.REMOVE))
                .satisfies(e -> assertThat(e.state()).isEqualTo(ActionState.MANUAL))
                .satisfies(e -> assertThat(e.purpose()).isEqualTo("the platform's API does not allow REMOVE nor HIDE"));
        assertThat(fake.posts()).isZero();
        assertThat(fake.count("POST /api/v1/accounts/2001/block")).isZero();
    }

    @Test
    void waitsForTheRateLimitResetBeforeAskingAgain() {
        Instant reset = Instant.now().plusSeconds(2);
        fake.rateLimitedUntil(reset);
        String greeting = mention("buongiorno, a che ora apre l'ufficio anagrafe?");

        await("the mention received after the reset").atMost(WAIT).until(() -> !decision(greeting).equals("none"));

        assertThat(fake.rateLimitAnswers()).isEqualTo(1);
        List<Instant> calls = fake.notificationCalls();
        assertThat(calls.subList(1, calls.size())).allSatisfy(at -> assertThat(at).isAfterOrEqualTo(reset));
    }

    @Test
    void aRevokedTokenStopsTheConnection() {
        fake.revoke();

        await("the connection stopped").atMost(WAIT).until(() -> status().state() == ConnectionState.CREDENTIALS_REJECTED);

        assertThat(status().reason()).isEqualTo("Mastodon: HTTP 401: The access token is invalid");
    }

    @Test
    void aServerErrorThenSuccessPostsTheReplyOnce() {
        String question = fake.mention("2002", "anna", "<p>quando finiscono i lavori?</p>", "public", post, Instant.now());
        fake.serverErrors(1);

        outbox.enqueue(ENTE, "mastodon", null, new PlatformAction(ActionKind.REPLY_PUBLIC, question, post, "2002",
                "Entro fine giugno, grazie.", null, null), "5xx-reply-" + question, "test");

        await("the reply done").atMost(WAIT).until(() -> entries(question).stream()
                .anyMatch(e -> e.action().kind() == ActionKind.REPLY_PUBLIC && e.state() == ActionState.DONE));
        assertThat(entries(question)).filteredOn(e -> e.action().kind() == ActionKind.REPLY_PUBLIC).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
        assertThat(fake.statusesBy(FakeMastodonApi.OWN)).filteredOn(s -> question.equals(s.path("in_reply_to_id").asString(null)))
                .singleElement().satisfies(s -> assertThat(StatusText.plain(s.path("content").asString()))
                        .isEqualTo("@anna Entro fine giugno, grazie."));
    }

    @Test
    void aPermanentRefusalIsADeadLetter() {
        outbox.enqueue(ENTE, "mastodon", null, new PlatformAction(ActionKind.REPLY_PUBLIC, "404404", post, "2002",
                "Grazie", null, null), "dead-reply-" + post, "test");

        await("the action dead").atMost(WAIT).until(() -> entries("404404").getFirst().state() == ActionState.DEAD);
        assertThat(entries("404404").getFirst().lastError()).isEqualTo("Mastodon: HTTP 404: Record not found");
    }
}
