package it.piazza.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.piazza.PiazzaApplication;
import it.piazza.platforms.meta.FakeGraphApi;
import it.piazza.testsupport.EmbeddedDatabases;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Piazza nodes on one PostgreSQL share one outbox: every action is carried out once at the platform, and
 * both nodes take part.
 */
class OutboxTwoNodesIntegrationTests {

    static final String ENTE = "comune-massa";
    static final String PAGE = "1111111111";
    static final String TOKEN = "page-token-two";
    static final String APP_SECRET = "app-secret-two";
    static final int COMMENTS = 60;

    @Test
    void twoNodesNeverCarryOutTheSameActionTwice() {
        String database = EmbeddedDatabases.postgresDatabase();
        try (FakeGraphApi platform = FakeGraphApi.start(TOKEN, PAGE, "17841400000000000");
             ConfigurableApplicationContext first = node(database);
             ConfigurableApplicationContext second = node(database)) {
            first.getBean(ChannelConnections.class).connect(ENTE, "facebook", "facebook", platform.base(),
                    Map.of("page_id", PAGE), new Secrets(Map.of("access_token", TOKEN, "app_secret", APP_SECRET,
                            "verify_token", "verify-two")), "test");
            platform.delayAnswers(Duration.ofMillis(20));
            List<String> comments = new ArrayList<>();
            for (int i = 0; i < COMMENTS; i++) {
                String commentId = "3333_" + (7000 + i);
                comments.add(commentId);
                String delivery = platform.facebookComment(commentId, PAGE + "_3333", null, "author-" + i, "Autore " + i,
                        "Sei un imbecille, vergognati " + i, Instant.now());
                URI webhook = URI.create("http://127.0.0.1:" + port(i % 2 == 0 ? first : second) + "/webhooks/" + ENTE + "/facebook");
                assertThat(platform.deliver(webhook, APP_SECRET, delivery).statusCode()).isEqualTo(200);
            }
            JdbcClient jdbc = first.getBean(JdbcClient.class);

            await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                    "select count(*) from platform_action where state <> 'DONE'").query(Long.class).single() == 0);

            assertThat(jdbc.sql("select count(*) from platform_action").query(Long.class).single()).isEqualTo(2L * COMMENTS);
            for (String comment : comments) {
                assertThat(platform.attempts("delete", comment)).as("delete requests for " + comment).hasSize(1);
                assertThat(platform.attempts("private_reply", comment)).as("private replies for " + comment).hasSize(1);
            }
            assertThat(jdbc.sql("select count(distinct claimed_by) from platform_action").query(Long.class).single())
                    .as("nodes that carried out actions").isEqualTo(2L);
        }
    }

    /** Starts a node with command-line properties, which take precedence over application.properties. */
    private static ConfigurableApplicationContext node(String database) {
        return new SpringApplicationBuilder(PiazzaApplication.class).run("--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
                "--piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "--piazza.outbox.poll=PT0.02S",
                "--piazza.outbox.batch=4", "--piazza.sandbox.enabled=false", "--piazza.sandbox.generator.enabled=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
