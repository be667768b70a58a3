package it.piazza.platforms.telegram;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionState;
import it.piazza.platforms.Secrets;
import it.piazza.policy.PolicyVersions;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.TestPolicies;
import java.net.URI;
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
 * A test ente (Roma Capitale's policy with a Telegram channel: no seed ente has one) connected to
 * {@link FakeTelegramBotApi}: updates POSTed by the fake with the secret header reach the real
 * {@code /webhooks/comune-di-prova/telegram} endpoint, the engine decides, and the outbox deletes the comment
 * at the fake, through Telegram's {@code retry_after}, a revoked token, a bad gateway and a refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "piazza.outbox.poll=PT0.05S",
        "piazza.outbox.backoff-base=PT0.1S"})
class TelegramIntegrationTests {

    static final String ENTE = "comune-di-prova";
    static final String SECRET = "segreto_del-webhook";
    static final long GROUP = -1_001_234_567_890L;
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
    PolicyVersions policies;
    @Autowired
    JdbcClient jdbc;

    FakeTelegramBotApi telegram;
    URI webhook;

    @BeforeEach
    void connect() {
        policies.importPolicy("prova.yaml", TestPolicies.withChannel(TestPolicies.testEnte(0.85, 0.5), "telegram",
                "TELEGRAM", "@comunediprova", "https://t.me/comunediprova"), "test");
        jdbc.sql("delete from platform_action where ente_id = ?").param(ENTE).update();
        telegram = new FakeTelegramBotApi("123456:token-1");
        connect("123456:token-1");
        webhook = URI.create("http://localhost:" + port + "/webhooks/" + ENTE + "/telegram");
    }

    void connect(String token) {
        connections.connect(ENTE, "telegram", TelegramConnector.ID, telegram.base(),
                Map.of("chat_id", Long.toString(GROUP), "channel_id", "@comunediprova"),
                new Secrets(Map.of("bot_token", token, "webhook_secret", SECRET)), "test");
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    FakeTelegramBotApi.Message comment(String text) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        FakeTelegramBotApi.Message post = telegram.channelPost(GROUP, "Avviso: lavori in piazza", now.minusSeconds(600));
        return telegram.message(GROUP, 111, text, now, post);
    }

    /** @return an insulting comment, delivered through the webhook */
    FakeTelegramBotApi.Message insultDelivered() {
        FakeTelegramBotApi.Message comment = comment(INSULT);
        assertThat(telegram.deliver(webhook, telegram.update(comment, "Mario", "supergroup"), SECRET)).isEqualTo(200);
        return comment;
    }

    String removeState(String target) {
        return jdbc.sql("select state from platform_action where ente_id = ? and target_id = ? and kind = 'REMOVE'")
                .params(ENTE, target).query(String.class).optional().orElse("none");
    }

    int stored(String platformId) {
        return jdbc.sql("select count(*) from interaction where ente_id = ? and platform_id = ?").params(ENTE, platformId)
                .query(Integer.class).single();
    }

    @Test
    void deletesAnInsultThePolicyRemoves() {
        FakeTelegramBotApi.Message comment = insultDelivered();

        await("the comment deleted at Telegram").atMost(WAIT).until(() -> !telegram.exists(comment.platformId()));
        await("the removal recorded as done").atMost(WAIT).until(() -> removeState(comment.platformId()).equals("DONE"));
        assertThat(stored(comment.platformId())).isEqualTo(1);
        assertThat(telegram.calls("deleteMessage")).isEqualTo(1);
    }

    @Test
    void storesNothingOfAnUpdateWithAWrongOrMissingSecretOrMalformed() {
        FakeTelegramBotApi.Message comment = comment(INSULT);
        String update = telegram.update(comment, "Mario", "supergroup");

        assertThat(telegram.deliver(webhook, update, "another-secret")).isEqualTo(403);
        assertThat(telegram.deliver(webhook, update, null)).isEqualTo(403);
        assertThat(telegram.deliver(webhook, "{\"update_id\":1,\"message\":{\"chat\":{", SECRET)).isEqualTo(400);

        assertThat(stored(comment.platformId())).isZero();
        assertThat(telegram.deliver(webhook, update, SECRET)).isEqualTo(200);
        assertThat(stored(comment.platformId())).isEqualTo(1);
    }

    @Test
    void waitsAsLongAsTelegramAsksBeforeTryingAgain() {
        telegram.tooManyRequests(2);

        FakeTelegramBotApi.Message comment = insultDelivered();

        await("the comment deleted after the wait").atMost(WAIT).until(() -> !telegram.exists(comment.platformId()));
        assertThat(telegram.times("deleteMessage")).hasSize(2);
        assertThat(Duration.between(telegram.times("deleteMessage").get(0), telegram.times("deleteMessage").get(1)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void stopsTheConnectionWhenTheTokenIsRevokedAndCarriesOnWithANewOne() {
        telegram.acceptOnly("123456:token-2");

        FakeTelegramBotApi.Message comment = insultDelivered();

        await("the connection stopped").atMost(WAIT).until(() -> connections.find(ENTE, "telegram").orElseThrow().state()
                == ConnectionState.CREDENTIALS_REJECTED);
        await("the removal waiting").atMost(WAIT).until(() -> removeState(comment.platformId()).equals("PENDING"));
        assertThat(telegram.exists(comment.platformId())).isTrue();

        connect("123456:token-2");

        await("the waiting removal carried out").atMost(WAIT).until(() -> removeState(comment.platformId()).equals("DONE"));
        assertThat(telegram.exists(comment.platformId())).isFalse();
    }

    @Test
    void triesAgainAfterABadGatewayAndDeletesOnce() {
        telegram.badGateway();

        FakeTelegramBotApi.Message comment = insultDelivered();

        await("the removal recorded as done").atMost(WAIT).until(() -> removeState(comment.platformId()).equals("DONE"));
        assertThat(telegram.calls("deleteMessage")).isEqualTo(2);
        assertThat(telegram.exists(comment.platformId())).isFalse();
    }

    @Test
    void givesARemovalTelegramRefusesToAPersonWithTelegramsReason() {
        telegram.notEnoughRights();

        FakeTelegramBotApi.Message comment = insultDelivered();

        await("the removal dead").atMost(WAIT).until(() -> removeState(comment.platformId()).equals("DEAD"));
        assertThat(jdbc.sql("select last_error from platform_action where target_id = ? and kind = 'REMOVE'")
                .param(comment.platformId()).query(String.class).single()).contains("not enough rights");
        assertThat(telegram.calls("deleteMessage")).isEqualTo(1);
        assertThat(telegram.exists(comment.platformId())).isTrue();
    }
}
