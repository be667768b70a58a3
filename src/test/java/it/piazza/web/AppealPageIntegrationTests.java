package it.piazza.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.moderation.Received;
import it.piazza.testsupport.EmbeddedDatabases;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A citizen follows the link of a notice, reads the decision and files an appeal, without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppealPageIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Moderation moderation;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabases.h2(registry);
    }

    @Test
    void aCitizenContestsARemovalFromTheNoticeLink() throws Exception {
        Received removed = moderation.receive("roma-capitale", new NewInteraction("facebook", InteractionKind.COMMENT,
                UUID.randomUUID().toString(), null, null, null, "u1", null, "Sei un imbecille",
                Instant.parse("2026-03-02T10:15:00Z")));
        String link = removed.decision().reasons().appealUrl().replaceFirst("^https?://[^/]+", "");

        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + link)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Contestare una decisione di moderazione").contains("Rimozione")
                .contains("volgare o irrispettoso").contains("<label for=\"motivazione\"");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();

        String body = "_csrf=" + csrf.group(1) + "&decisione=" + removed.decision().id() + "&motivazione="
                + URLEncoder.encode("Era una citazione di quello che mi hanno scritto", StandardCharsets.UTF_8);
        HttpResponse<String> filed = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/enti/roma-capitale/ricorsi"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(filed.statusCode()).isEqualTo(200);
        assertThat(filed.body()).contains("Abbiamo ricevuto il suo ricorso");
        assertThat(jdbc.sql("select count(*) from appeal where decision_id = ?").param(removed.decision().id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void refusesAFormWithoutTheCsrfToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/enti/roma-capitale/ricorsi"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decisione=" + UUID.randomUUID() + "&motivazione=x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void answersNotFoundForAnUnknownDecision() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/enti/roma-capitale/ricorsi/nuovo?decisione=" + UUID.randomUUID())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
