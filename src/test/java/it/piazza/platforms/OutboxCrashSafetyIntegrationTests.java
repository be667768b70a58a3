package it.piazza.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.piazza.platforms.meta.FakeGraphApi;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.PiazzaProcess;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Piazza killed with SIGKILL while actions are in flight at the platform, then started again, on PostgreSQL:
 * every action is carried out exactly once at the platform — the fake counts the requests that reached it.
 */
class OutboxCrashSafetyIntegrationTests {

    static final String ENTE = "comune-massa";
    static final String PAGE = "1111111111";
    static final String TOKEN = "page-token-crash";
    static final String APP_SECRET = "app-secret-crash";
    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final int COMMENTS = 40;

    @Test
    void everyActionIsCarriedOutExactlyOnceAcrossAKill() throws Exception {
        String database = EmbeddedDatabases.postgresDatabase();
        try (FakeGraphApi platform = FakeGraphApi.start(TOKEN, PAGE, "17841400000000000");
             PiazzaProcess piazza = PiazzaProcess.start("crash-" + UUID.randomUUID().toString().substring(0, 8),
                     Map.of("spring.datasource.url", database, "spring.datasource.username", "postgres",
                             "spring.datasource.password", "", "piazza.credentials.key", KEY,
                             "piazza.demo", "false", "piazza.sandbox.enabled", "false",
                             "piazza.sandbox.generator.enabled", "false", "piazza.outbox.poll", "PT0.05S",
                             "piazza.outbox.lease", "PT3S", "piazza.outbox.batch", "4"))) {
            connect(database, platform.base());
            // from the tenth effective write on, the platform acts but its answers never leave before the kill
            var held = platform.holdAnswersAfter(10);
            List<String> comments = new ArrayList<>();
            for (int i = 0; i < COMMENTS; i++) {
                String id = PAGE + "_post_" + i;
                String commentId = "3333_" + (4000 + i);
                comments.add(commentId);
                var delivery = platform.facebookComment(commentId, PAGE + "_3333", null, "author-" + i, "Autore " + i,
                        "Sei un imbecille, vergognati " + i, Instant.now());
                assertThat(platform.deliver(piazza.url("/webhooks/" + ENTE + "/facebook"), APP_SECRET, delivery).statusCode())
                        .isEqualTo(200);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> held.getCount() == 0);

            piazza.kill();
            platform.releaseAnswers();
            assertThat(count(database, "state = 'IN_FLIGHT'")).as("actions in flight at the kill").isPositive();
            assertThat(removed(platform, comments)).isLessThan(COMMENTS);

            piazza.restart();
            try {
                await().atMost(Duration.ofSeconds(120)).until(() -> count(database, "state <> 'DONE'") == 0);
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("actions not done after the restart: " + unfinished(database), e);
            }

            for (String comment : comments) {
                assertThat(platform.comment(comment).deleted()).as(comment).isTrue();
                assertThat(platform.attempts("delete", comment)).as("delete requests for " + comment).hasSize(1);
                assertThat(platform.attempts("private_reply", comment)).as("private replies for " + comment).hasSize(1);
            }
            assertThat(count(database, "attempts > 1")).as("actions confirmed after the kill").isPositive();
        }
    }

    private static int removed(FakeGraphApi platform, List<String> comments) {
        return (int) comments.stream().filter(c -> platform.count("delete", c) > 0).count();
    }

    private static void connect(String database, URI base) throws SQLException {
        String secrets = new CredentialVault(KEY).seal(new Secrets(Map.of("access_token", TOKEN, "app_secret", APP_SECRET,
                "verify_token", "verify-crash")));
        try (Connection c = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement insert = c.prepareStatement("""
                     insert into channel_connection (ente_id, channel_id, platform, connector, api_base, settings, secrets,
                       state, updated_at) values (?, 'facebook', 'FACEBOOK', 'facebook', ?, ?, ?, 'ACTIVE', ?)""")) {
            insert.setString(1, ENTE);
            insert.setString(2, base.toString());
            insert.setString(3, "{\"page_id\":\"" + PAGE + "\"}");
            insert.setString(4, secrets);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static List<String> unfinished(String database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "select kind, target_id, state, attempts, last_error from platform_action where state <> 'DONE'")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " x" + rs.getInt(4) + " "
                        + rs.getString(5));
            }
        }
        return rows;
    }

    private static long count(String database, String condition) throws SQLException {
        try (Connection c = DriverManager.getConnection(database, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("select count(*) from platform_action where " + condition)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
