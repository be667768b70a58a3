package it.piazza.platforms.instagram;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.meta.FakeGraphApi;
import it.piazza.testsupport.EmbeddedDatabases;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Instagram channel of the Comune di Massa connected to the fake Graph API: an insult removed, and the
 * ban the policy gives a repeat offender handed to a person, while Piazza hides the author's further
 * comments (Instagram's API has no block).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"piazza.demo=false",
        "piazza.credentials.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "piazza.outbox.poll=PT0.05S",
        "piazza.outbox.backoff-base=PT0.1S"})
class InstagramConnectorIntegrationTests {

    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(30);

    private static final String ENTE = "comune-massa";
    private static final String IG = "17841400000000000";
    private static final String MEDIA = "18000000000000000";
    private static final String TOKEN = "IGAA-token-di-prova";
    private static final String APP_SECRET = "segreto-dell-app";
    private static final FakeGraphApi fake = FakeGraphApi.start(TOKEN, "1111111111", IG);

    @LocalServerPort
    int port;
    @Autowired
    ChannelConnections connections;
    @Autowired
    JdbcClient jdbc;

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
        connections.connect(ENTE, "instagram", "instagram", fake.base(), Map.of("ig_user_id", IG),
                new Secrets(Map.of("access_token", TOKEN, "app_secret", APP_SECRET, "verify_token", "verifica-123")), "test");
    }

    private URI webhook() {
        return URI.create("http://localhost:" + port + "/webhooks/" + ENTE + "/instagram");
    }

    private static String id() {
        return "179" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
    }

    private void comment(String id, String author, String text) {
        assertThat(fake.deliver(webhook(), APP_SECRET, fake.instagramComment(id, MEDIA, null, author, "utente." + author,
                text, Instant.now())).statusCode()).isEqualTo(200);
    }

    private List<String> states(String target, String kind) {
        return jdbc.sql("select state from platform_action where target_id = ? and kind = ?").params(target, kind)
                .query(String.class).list();
    }

    @Test
    void removesAnInsultFromInstagram() {
        String id = id();

        comment(id, "autore-" + id, "Sei un imbecille, vergognati");

        await("the insult deleted at Instagram").atMost(PATIENCE).until(() -> fake.count("delete", id) == 1);
        assertThat(fake.comment(id).deleted()).isTrue();
    }

    @Test
    void handsTheBanToAPersonAndHidesTheBannedAuthorsFurtherComments() {
        String author = "6000" + id();
        List<String> insults = List.of("Sei un imbecille, vergognati", "Siete degli idioti incompetenti",
                "Sindaco cretino, vergognati");
        for (String insult : insults) {
            String id = id();
            comment(id, author, insult);
            await("the insult deleted").atMost(PATIENCE).until(() -> fake.count("delete", id) == 1);
        }
        await("the ban handed to a person").atMost(PATIENCE).until(() -> states(author, "BAN").equals(List.of("MANUAL")));
        assertThat(jdbc.sql("select last_error from platform_action where target_id = ? and kind = 'BAN'").param(author)
                .query(String.class).single()).contains("allows no ban", "hides every further comment");

        String further = id();
        comment(further, author, "Buongiorno, a che ora apre il mercato di piazza Aranci?");

        await("the banned author's comment hidden with hide=true").atMost(PATIENCE).until(() -> fake.count("hide", further) == 1);
        assertThat(fake.comment(further).hidden()).isTrue();
        assertThat(fake.comment(further).deleted()).isFalse();
        assertThat(fake.attempts("block", author)).isEmpty();
    }
}
